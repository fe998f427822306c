import { type Sql, sql } from '../store/query/sql.js';

/**
 * The position rows of the head of organisation `id` on `day` (role "head", held that day), the
 * latest appointment first when two overlap: at most one row, aliased by the caller. Shared by the
 * head loader and compiled reads.
 */
export function headOnDay(id: Sql, day: Sql): Sql {
  return sql`(select * from position x where x.organisation_id = ${id} and x.role = 'head'
    and x.started_on <= ${day} and (x.ended_on is null or x.ended_on >= ${day})
    order by x.started_on desc, x.id desc limit 1)`;
}
