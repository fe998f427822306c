import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { isIsoDate } from '../../calendar.js';
import { DomainError } from '../../errors.js';
import { mapRow } from './map-row.js';
import type { RowScope } from './row-scope.js';
import { joinSql, pgArray, queryRows, raw, type Sql, sql } from './sql.js';

/** `bigint` values travel as digit strings (node-postgres reads int8 as text to keep every digit). */
export type SortType = 'int' | 'bigint' | 'real' | 'text' | 'date';

/** One column of an ordering; the last key of every ordering must be unique (the row id). */
export interface SortKey {
  expr: Sql;
  type: SortType;
}

/**
 * A list as SQL over `t`: `from` names the table as `t`; `partition` ties rows to the batch key
 * `k.key` (a parent id) and is absent for top-level lists; all keys of an ordering share its direction.
 */
export interface ListQuery {
  from: Sql;
  partition?: Sql;
  where: Sql[];
  order: { name: string; keys: SortKey[]; descending?: boolean };
}

/** A position in one ordering of one list: the ordering's name and the row's sort-key values. */
export interface Cursor {
  order: string;
  values: (string | number)[];
}

/** What one page of a list asks for, after validation. */
export interface PageArgs {
  first: number;
  after: Cursor | null;
  /** Whether the client selected `totalCount`; counting is skipped otherwise. */
  withTotal: boolean;
}

/** One page of one partition, ready to become a connection; the API encodes its cursors. */
export interface Page<T> {
  nodes: T[];
  cursors: Cursor[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount?: number;
}

/** The rows of one partition as fetched, before they become entities. */
interface FetchedPage {
  rows: Record<string, unknown>[];
  sortValues: (string | number)[][];
  hasNext: boolean;
  total?: number;
}

export interface PageKey<A> {
  key: number;
  args: A;
  page: PageArgs;
}

const CAST: Record<SortType, string> = { int: 'int', bigint: 'bigint', real: 'real', text: 'text', date: 'date' };

function validCursorValue(type: SortType, v: string | number): boolean {
  if (type === 'int') return Number.isSafeInteger(v);
  if (type === 'bigint') return typeof v === 'string' && /^-?[0-9]{1,19}$/.test(v);
  if (type === 'real') return typeof v === 'number';
  if (type === 'date') return typeof v === 'string' && isIsoDate(v);
  return typeof v === 'string';
}

/** What a cursor records of its ordering, so it is refused under any other. */
function orderSignature(q: ListQuery): string {
  return `${q.order.name}:${q.order.descending ? 'desc' : 'asc'}`;
}

function afterCondition(q: ListQuery, page: PageArgs): Sql | null {
  if (!page.after) return null;
  const { keys, name, descending } = q.order;
  const { order, values } = page.after;
  if (
    order !== orderSignature(q) ||
    values.length !== keys.length ||
    !keys.every((k, i) => validCursorValue(k.type, values[i] as never))
  ) {
    throw new DomainError('INVALID_CURSOR', `this cursor does not belong to a list ordered by ${name}`, ['after']);
  }
  const left = joinSql(
    keys.map((k) => k.expr),
    ', ',
  );
  const right = joinSql(
    keys.map((k, i) => sql`${values[i]}::${raw(CAST[k.type])}`),
    ', ',
  );
  return sql`(${left}) ${raw(descending ? '<' : '>')} (${right})`;
}

/**
 * The pages of many partitions (e.g. the children of 30 districts) in ONE statement: a lateral
 * keyset scan per key, and, only when asked, a lateral count.
 */
export async function fetchPages(
  em: EntityManager,
  q: ListQuery,
  keys: readonly number[],
  page: PageArgs,
): Promise<Map<number, FetchedPage>> {
  const dir = raw(q.order.descending ? 'desc' : 'asc');
  const conditions = [q.partition ?? raw('true'), ...q.where];
  const after = afterCondition(q, page);
  const filtered = joinSql(conditions, ' and ');
  const paged = joinSql(after ? [...conditions, after] : conditions, ' and ');
  const sortColumns = joinSql(
    q.order.keys.map((k, i) => sql`${k.expr} as ${raw(`"__s${i}"`)}`),
    ', ',
  );
  const innerOrder = joinSql(
    q.order.keys.map((k) => sql`${k.expr} ${dir}`),
    ', ',
  );
  const outerOrder = joinSql(
    q.order.keys.map((_, i) => sql`p.${raw(`"__s${i}"`)} ${dir}`),
    ', ',
  );
  const count = page.withTotal
    ? sql`left join lateral (select count(*)::int as "__total" from ${q.from} where ${filtered}) c on true`
    : raw('cross join (select null::int as "__total") c');
  const statement = sql`select k.key as "__key", c."__total", p.*
    from unnest(${pgArray(keys)}::int[]) with ordinality as k(key, ord)
    ${count}
    left join lateral (
      select t.*, ${sortColumns} from ${q.from} where ${paged} order by ${innerOrder} limit ${page.first + 1}
    ) p on true
    order by k.ord, ${outerOrder}`;
  const sortKeys = q.order.keys.map((_, i) => `__s${i}`);
  const result = new Map<number, FetchedPage>();
  for (const key of keys) result.set(key, { rows: [], sortValues: [], hasNext: false });
  for (const row of await queryRows(em, statement)) {
    const bucket = result.get(Number(row.__key));
    if (!bucket) continue;
    if (row.__total !== null) bucket.total = Number(row.__total);
    if (row.id === null) continue;
    if (bucket.rows.length === page.first) {
      bucket.hasNext = true;
      continue;
    }
    bucket.rows.push(row);
    bucket.sortValues.push(sortKeys.map((column) => row[column] as string | number));
  }
  return result;
}

/**
 * A per-request DataLoader of pages: loads sharing the same arguments (the same field across many
 * parents) are answered by one `fetchPages` statement; rows become read-only rows of `entity` (mapRow:
 * plain objects tagged with the class, outside the unit of work). Only rows inside the request's row
 * scope are listed or counted, so `totalCount` tells nothing of the rest.
 */
export function pageLoader<T extends object, A>(
  em: EntityManager,
  rows: RowScope,
  entity: EntityClass<T>,
  build: (args: A) => ListQuery,
): DataLoader<PageKey<A>, Page<T>, string> {
  const visible = rows.where(em.getMetadata().get(entity.name).tableName, 't');
  return new DataLoader<PageKey<A>, Page<T>, string>(
    async (loads) => {
      const groups = new Map<string, PageKey<A>[]>();
      for (const load of loads) {
        const signature = JSON.stringify([load.args, load.page]);
        groups.set(signature, [...(groups.get(signature) ?? []), load]);
      }
      const pages = new Map<string, Page<T> | Error>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0] as PageKey<A>;
          try {
            const built = build(first.args);
            const q = visible ? { ...built, where: [...built.where, visible] } : built;
            const fetched = await fetchPages(em, q, [...new Set(group.map((g) => g.key))], first.page);
            for (const load of group) {
              const f = fetched.get(load.key);
              if (!f) continue;
              pages.set(cacheKey(load), {
                nodes: f.rows.map((r) => mapRow(em, entity, r)),
                cursors: f.sortValues.map((values) => ({ order: orderSignature(q), values })),
                hasNextPage: f.hasNext,
                hasPreviousPage: first.page.after !== null,
                totalCount: f.total,
              });
            }
          } catch (e) {
            for (const load of group) pages.set(cacheKey(load), e as Error);
          }
        }),
      );
      return loads.map((load) => pages.get(cacheKey(load)) ?? new Error('page not fetched'));
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(load: PageKey<unknown>): string {
  return JSON.stringify([load.key, load.args, load.page]);
}
