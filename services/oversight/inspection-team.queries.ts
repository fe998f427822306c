import { datedOrder } from '../store/query/dated-order.js';
import { dateRange, equals, liveRows } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw } from '../store/query/sql.js';

export const TEAM_ORDER_FIELDS = ['formed_on', 'id'] as const;
export type TeamOrderField = (typeof TEAM_ORDER_FIELDS)[number];

export interface InspectionTeamListArgs {
  /** Voided records too (they are left out otherwise). */
  includeVoided?: boolean;
  /** all: every team; programme: the teams formed on the key programme. */
  within: 'all' | 'programme';
  formedBy?: number;
  from?: string;
  to?: string;
  order: Order<TeamOrderField>;
}

export function inspectionTeamList(a: InspectionTeamListArgs): ListQuery {
  return {
    from: raw('inspection_team t'),
    partition: a.within === 'programme' ? raw('t.programme_id = k.key') : undefined,
    where: [
      ...liveRows(a.includeVoided),
      ...equals('t.formed_by_id', a.formedBy),
      ...dateRange('t.formed_on', a.from, a.to),
    ],
    order: datedOrder('t.formed_on', a.order),
  };
}
