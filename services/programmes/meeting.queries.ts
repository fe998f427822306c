import { datedOrder } from '../store/query/dated-order.js';
import { dateRange, equals, liveRows } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw } from '../store/query/sql.js';

export const MEETING_ORDER_FIELDS = ['held_on', 'id'] as const;
export type MeetingOrderField = (typeof MEETING_ORDER_FIELDS)[number];

export interface MeetingListArgs {
  /** Voided records too (they are left out otherwise). */
  includeVoided?: boolean;
  /** all: every meeting; programme: the key programme's meetings. */
  within: 'all' | 'programme';
  body?: number;
  from?: string;
  to?: string;
  order: Order<MeetingOrderField>;
}

export function meetingList(a: MeetingListArgs): ListQuery {
  return {
    from: raw('meeting t'),
    partition: a.within === 'programme' ? raw('t.programme_id = k.key') : undefined,
    where: [...liveRows(a.includeVoided), ...equals('t.body_id', a.body), ...dateRange('t.held_on', a.from, a.to)],
    order: datedOrder('t.held_on', a.order),
  };
}
