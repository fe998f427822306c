import { type Sql, sql } from '../store/query/sql.js';

/**
 * How many members the subtree of organisation `id` has on `day`: on the roll by then (admitted,
 * or arrived from elsewhere) and not left, counted where they sit now (a transfer moves a member's
 * whole history with them); voided admissions never count. One scalar subquery, shared by the
 * member-count loader and compiled reads.
 */
export function membersOnDay(id: Sql, day: Sql): Sql {
  return sql`(select count(*)::int from member m join organisation o on o.id = m.cell_id
    where o.path @> array[${id}] and m.voided_at is null and m.admitted_on <= ${day}
      and (m.arrived_on is null or m.arrived_on <= ${day}) and (m.left_on is null or m.left_on > ${day}))`;
}
