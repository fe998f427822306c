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

/** `column = id` when an id is given. */
export function equals(column: string, id: number | undefined | null): Sql[] {
  return id ? [sql`${raw(column)} = ${id}::int`] : [];
}
