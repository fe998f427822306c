import type { SortKey } from './keyset.js';
import { raw, type Sql, sql } from './sql.js';

/** Escapes LIKE wildcards so a user's "%" or "_" is matched literally. */
function literal(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/**
 * Accent- and case-insensitive search over `column` with the `search_key()` SQL function (unaccent,
 * đ → d, lower case) and its trigram GIN index: the words must occur in that order, others may
 * come between ("nguyen tuyen" finds "Nguyễn Thị Tuyến"). The words become one pattern, folded by
 * one `search_key` call, so the index recheck costs one unaccent per candidate row.
 */
export function searchFilter(column: Sql, text: string): Sql[] {
  const words = text.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return [sql`search_key(${column}) like ('%' || search_key(${words.map(literal).join('%')}) || '%')`];
}

/**
 * Best match first: the exact spelling, then the same letters without accents, then values starting
 * with the query, then values containing it as a phrase, then the rest; within a class, trigram
 * similarity, then `tieBreak` keys (e.g. shallower organisations first), then the id.
 */
export function searchOrder(column: Sql, text: string, tieBreak: SortKey[] = []): SortKey[] {
  const phrase = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const key = sql`search_key(${column})`;
  const q = sql`search_key(${phrase})`;
  const rank = sql`case when lower(${column}) = lower(${phrase}) then 0 when ${key} = ${q} then 1
    when ${key} like (search_key(${literal(phrase)}) || '%') then 2
    when ${key} like ('%' || search_key(${literal(phrase)}) || '%') then 3 else 4 end`;
  return [
    { expr: rank, type: 'int' },
    { expr: sql`(-similarity(${key}, ${q}))::real`, type: 'real' },
    ...tieBreak,
    { expr: raw('t.id'), type: 'int' },
  ];
}
