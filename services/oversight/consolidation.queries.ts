import { datedOrder } from '../store/query/dated-order.js';
import { dateRange } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw, sql } from '../store/query/sql.js';

export const CONSOLIDATION_ORDER_FIELDS = ['consolidated_on', 'id'] as const;
export type ConsolidationOrderField = (typeof CONSOLIDATION_ORDER_FIELDS)[number];

export interface ConsolidationListArgs {
  /** Consolidations of organisations in this subtree. */
  under?: number;
  from?: string;
  to?: string;
  order: Order<ConsolidationOrderField>;
}

export function consolidationList(a: ConsolidationListArgs): ListQuery {
  return {
    from: raw('consolidation t'),
    where: [
      ...(a.under
        ? [
            sql`t.designation_id in (select d.id from designation d join organisation s on s.id = d.organisation_id
              where s.path @> array[${a.under}::int])`,
          ]
        : []),
      ...dateRange('t.consolidated_on', a.from, a.to),
    ],
    order: datedOrder('t.consolidated_on', a.order),
  };
}
