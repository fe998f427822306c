import type { ListQuery } from './keyset.js';
import { pgArray, raw, type Sql, sql } from './sql.js';

/** `column = any(values)` when values are given; nothing otherwise. */
export function oneOf(column: string, values: readonly string[] | undefined | null): Sql[] {
  return values?.length ? [sql`${raw(column)} = any(${pgArray(values)}::text[])`] : [];
}

/** `column` within [from, to], both inclusive and optional. */
export function dateRange(column: string, from?: string | null, to?: string | null): Sql[] {
  return [...(from ? [sql`${raw(column)} >= ${from}::date`] : []), ...(to ? [sql`${raw(column)} <= ${to}::date`] : [])];
}

/** Rows whose organisation column sits in the subtree of `root` (root included), via the GIN path index. */
export function inSubtree(column: string, root: number | undefined | null): Sql[] {
  return root ? [sql`${raw(column)} in (select s.id from organisation s where s.path @> array[${root}::int])`] : [];
}

/** Voided records are left out of a list unless it asks for them (corrections: services/corrections/). */
export function liveRows(includeVoided: boolean | undefined): Sql[] {
  return includeVoided ? [] : [raw('t.voided_at is null')];
}

/** `column = id` when an id is given. */
export function equals(column: string, id: number | undefined | null): Sql[] {
  return id ? [sql`${raw(column)} = ${id}::int`] : [];
}

/**
 * Rows of `table` whose organisation `column` sits in a subtree: the batch key's when `byKey` (an
 * organisation's own list), else `under`'s; a list by key with `under` too keeps both.
 */
export function placedInSubtree(
  table: string,
  column: string,
  byKey: boolean,
  under: number | undefined | null,
): Pick<ListQuery, 'subtree' | 'where'> {
  if (byKey)
    return { subtree: { table, column: raw(column), root: raw('k.key::int') }, where: inSubtree(column, under) };
  return { subtree: under ? { table, column: raw(column), root: sql`${under}::int` } : undefined, where: [] };
}
