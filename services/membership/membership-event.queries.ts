import { datedOrder } from '../store/query/dated-order.js';
import { dateRange, liveRows, oneOf, placedInSubtree } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw } from '../store/query/sql.js';

export const EVENT_ORDER_FIELDS = ['occurred_on', 'id'] as const;
export type EventOrderField = (typeof EVENT_ORDER_FIELDS)[number];

export interface MembershipEventListArgs {
  /** Voided records too (they are left out otherwise). */
  includeVoided?: boolean;
  /** all: every event; member: the key member's events; subtree: events counted in the key's subtree. */
  within: 'all' | 'member' | 'subtree';
  under?: number;
  kinds?: string[];
  exitReasons?: string[];
  from?: string;
  to?: string;
  order: Order<EventOrderField>;
}

export function membershipEventList(a: MembershipEventListArgs): ListQuery {
  const placed = placedInSubtree('membership_event', 't.organisation_id', a.within === 'subtree', a.under);
  return {
    from: raw('membership_event t'),
    partition: a.within === 'member' ? raw('t.member_id = k.key') : undefined,
    subtree: placed.subtree,
    where: [
      ...placed.where,
      ...liveRows(a.includeVoided),
      ...oneOf('t.kind', a.kinds),
      ...oneOf('t.exit_reason', a.exitReasons),
      ...dateRange('t.occurred_on', a.from, a.to),
    ],
    order: datedOrder('t.occurred_on', a.order),
  };
}
