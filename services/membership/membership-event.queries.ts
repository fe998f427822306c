import { datedOrder } from '../store/query/dated-order.js';
import { dateRange, inSubtree, oneOf } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw } from '../store/query/sql.js';

export const EVENT_ORDER_FIELDS = ['occurred_on', 'id'] as const;
export type EventOrderField = (typeof EVENT_ORDER_FIELDS)[number];

export interface MembershipEventListArgs {
  /** all: every event; member: the key member's events; subtree: events counted in the key's subtree. */
  within: 'all' | 'member' | 'subtree';
  under?: number;
  kinds?: string[];
  exitReasons?: string[];
  from?: string;
  to?: string;
  order: Order<EventOrderField>;
}

const PARTITIONS = {
  all: undefined,
  member: raw('t.member_id = k.key'),
  subtree: raw('t.organisation_id in (select s.id from organisation s where s.path @> array[k.key::int])'),
};

export function membershipEventList(a: MembershipEventListArgs): ListQuery {
  return {
    from: raw('membership_event t'),
    partition: PARTITIONS[a.within],
    where: [
      ...inSubtree('t.organisation_id', a.under),
      ...oneOf('t.kind', a.kinds),
      ...oneOf('t.exit_reason', a.exitReasons),
      ...dateRange('t.occurred_on', a.from, a.to),
    ],
    order: datedOrder('t.occurred_on', a.order),
  };
}
