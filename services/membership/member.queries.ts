import { datedOrder } from '../store/query/dated-order.js';
import { dateRange, liveRows, oneOf, placedInSubtree } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw, sql } from '../store/query/sql.js';

export const MEMBER_ORDER_FIELDS = ['admitted_on', 'id'] as const;
export type MemberOrderField = (typeof MEMBER_ORDER_FIELDS)[number];

export interface MemberListArgs {
  /** Voided records too (they are left out otherwise). */
  includeVoided?: boolean;
  /** all: every member; subtree: members whose cell is in the key's subtree; cell: members of the key cell. */
  within: 'all' | 'subtree' | 'cell';
  under?: number;
  statuses?: string[];
  admittedFrom?: string;
  admittedTo?: string;
  /** Members on that day: on the roll by then (admitted here, or arrived) and not left. */
  activeOn?: string;
  order: Order<MemberOrderField>;
}

export function memberList(a: MemberListArgs): ListQuery {
  const placed = placedInSubtree('member', 't.cell_id', a.within === 'subtree', a.under);
  return {
    from: raw('member t'),
    partition: a.within === 'cell' ? raw('t.cell_id = k.key') : undefined,
    subtree: placed.subtree,
    where: [
      ...placed.where,
      ...liveRows(a.includeVoided),
      ...oneOf('t.status', a.statuses),
      ...dateRange('t.admitted_on', a.admittedFrom, a.admittedTo),
      ...(a.activeOn
        ? [
            sql`t.admitted_on <= ${a.activeOn}::date and (t.arrived_on is null or t.arrived_on <= ${a.activeOn}::date) and (t.left_on is null or t.left_on > ${a.activeOn}::date)`,
          ]
        : []),
    ],
    order: datedOrder('t.admitted_on', a.order),
  };
}
