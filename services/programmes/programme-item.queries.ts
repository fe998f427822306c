import { equals, oneOf } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { pgArray, raw, sql } from '../store/query/sql.js';

export const ITEM_ORDER_FIELDS = ['code', 'assigned_on'] as const;
export type ItemOrderField = (typeof ITEM_ORDER_FIELDS)[number];

export interface ProgrammeItemListArgs {
  /** The day the list describes: items assigned by then, with their status on that day. */
  asOf: string;
  statuses?: string[];
  kinds?: string[];
  leadAgency?: number;
  order: Order<ItemOrderField>;
}

/** The status of item `t` on a day: the latest change on or before it. */
export function statusOn(day: string) {
  return sql`(select s.status from programme_item_status s where s.item_id = t.id and s.effective_on <= ${day}::date
    order by s.effective_on desc, s.id desc limit 1)`;
}

/** A programme's items (the batch key is the programme) as of a day, keyset-paginated. */
export function programmeItemList(a: ProgrammeItemListArgs): ListQuery {
  const id = { expr: raw('t.id'), type: 'int' } as const;
  const descending = a.order.direction === 'desc';
  const key =
    a.order.field === 'code'
      ? ({ expr: raw('t.code'), type: 'text' } as const)
      : ({ expr: raw('t.assigned_on'), type: 'date' } as const);
  return {
    from: raw('programme_item t'),
    partition: raw('t.programme_id = k.key'),
    where: [
      sql`t.assigned_on <= ${a.asOf}::date`,
      ...(a.statuses?.length ? [sql`${statusOn(a.asOf)} = any(${pgArray(a.statuses)}::text[])`] : []),
      ...oneOf('t.kind', a.kinds),
      ...equals('t.lead_agency_id', a.leadAgency),
    ],
    order: { name: a.order.field, keys: [key, id], descending },
  };
}
