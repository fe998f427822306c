import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
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
  /**
   * Rows of `table` (the one `from` names as `t`) whose organisation `column` sits in the subtree of
   * `root` (the batch key `k.key`, or a fixed organisation): paged by a plan that reads about what
   * the page returns, whatever the subtree (see `subtreePage`).
   */
  subtree?: { table: string; column: Sql; root: Sql };
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
  /** The entity properties the rows need (the id among them); absent: every column. */
  properties?: readonly string[];
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

/** `order by` over the sort keys, or over the "__s<i>" columns a scan of them returned as `alias`. */
export function sortOrder(q: ListQuery, alias?: string): Sql {
  const dir = raw(q.order.descending ? 'desc' : 'asc');
  return joinSql(
    q.order.keys.map((k, i) => sql`${alias ? raw(`${alias}."__s${i}"`) : k.expr} ${dir}`),
    ', ',
  );
}

/** About how many rows a scan in list order may read to find one page of a subtree. */
const SCAN_BUDGET = 20_000;

/**
 * One page of the rows placed in a subtree, whatever its size. A subtree holding a large share of
 * the table's rows is scanned in list order: the page turns up within about SCAN_BUDGET rows. A
 * smaller one (or an empty one, where that scan would read the whole table) is read organisation
 * by organisation, the first rows of each from an index on (column, sort keys), and merged. Its
 * rows are counted up to the share that decides (from the table's row estimate), and PostgreSQL
 * runs only the branch chosen.
 */
function subtreePage(
  q: ListQuery,
  subtree: NonNullable<ListQuery['subtree']>,
  select: (where: Sql[]) => Sql,
  paged: Sql[],
  limit: number,
): Sql {
  const { table, column, root } = subtree;
  const share = sql`greatest(1, ceil(greatest((select c.reltuples from pg_class c where c.oid = ${table}::regclass), 0)
    * ${limit} / ${SCAN_BUDGET}))::int`;
  const large = sql`(select count(*) from (select from organisation s join ${raw(table)} t on ${column} = s.id
    where s.path @> array[${root}] limit ${share}) n) >= ${share}`;
  const placed = sql`(select o.path from organisation o where o.id = ${column}) @> array[${root}]`;
  return sql`(select b.* from organisation s cross join lateral (${select([sql`${column} = s.id`, ...paged])}) b
      where s.path @> array[${root}] and not ${large} order by ${sortOrder(q, 'b')} limit ${limit})
    union all (${select([large, placed, ...paged])})`;
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
  columns: Sql = raw('t.*'),
): Promise<Map<number, FetchedPage>> {
  const conditions = [
    q.partition ?? raw('true'),
    ...q.where,
    ...(q.subtree
      ? [sql`${q.subtree.column} in (select s.id from organisation s where s.path @> array[${q.subtree.root}])`]
      : []),
  ];
  const after = afterCondition(q, page);
  const sortColumns = joinSql(
    q.order.keys.map((k, i) => sql`${k.expr} as ${raw(`"__s${i}"`)}`),
    ', ',
  );
  const select = (where: Sql[]) =>
    sql`select ${columns}, ${sortColumns} from ${q.from} where ${joinSql(where, ' and ')}
      order by ${sortOrder(q)} limit ${page.first + 1}`;
  const count = page.withTotal
    ? sql`left join lateral (select count(*)::int as "__total" from ${q.from} where ${joinSql(conditions, ' and ')}) c on true`
    : raw('cross join (select null::int as "__total") c');
  const scan = q.subtree
    ? subtreePage(
        q,
        q.subtree,
        select,
        [q.partition ?? raw('true'), ...q.where, ...(after ? [after] : [])],
        page.first + 1,
      )
    : select(after ? [...conditions, after] : conditions);
  const statement = sql`select k.key as "__key", c."__total", p.*
    from unnest(${pgArray(keys)}::int[]) with ordinality as k(key, ord)
    ${count}
    left join lateral (${scan}) p on true
    order by k.ord, ${sortOrder(q, 'p')}`;
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
  const meta = em.getMetadata().get(entity.name);
  const visible = rows.where(meta.tableName, 't');
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
            const keys = [...new Set(group.map((g) => g.key))];
            const fetched = await fetchPages(em, q, keys, first.page, selectedColumns(meta, first.page.properties));
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

/**
 * The columns of the named properties (`t."code"`, …), so rows carry only what the client asked
 * for; every column when none are named or one is not a column of the entity.
 */
function selectedColumns(meta: EntityMetadata, properties: readonly string[] | undefined): Sql | undefined {
  const columns = properties?.map((p) => meta.properties[p as never]?.fieldNames?.[0]);
  if (!columns || columns.some((c) => c === undefined)) return undefined;
  return raw(columns.map((c) => `t."${c}"`).join(', '));
}

function cacheKey(load: PageKey<unknown>): string {
  return JSON.stringify([load.key, load.args, load.page]);
}
