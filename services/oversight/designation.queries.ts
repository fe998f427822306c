import { datedOrder } from '../store/query/dated-order.js';
import { equals, inSubtree, oneOf } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw, sql } from '../store/query/sql.js';

export const DESIGNATION_ORDER_FIELDS = ['designated_on', 'id'] as const;
export type DesignationOrderField = (typeof DESIGNATION_ORDER_FIELDS)[number];

export interface DesignationListArgs {
  /** all: every designation; organisation: those of the key organisation. */
  within: 'all' | 'organisation';
  under?: number;
  kinds?: string[];
  year?: number;
  monitoredBy?: number;
  /** true: only those with a consolidation; false: only those still waiting. */
  consolidated?: boolean;
  order: Order<DesignationOrderField>;
}

export function designationList(a: DesignationListArgs): ListQuery {
  const consolidated = sql`exists (select 1 from consolidation c where c.designation_id = t.id)`;
  return {
    from: raw('designation t'),
    partition: a.within === 'organisation' ? raw('t.organisation_id = k.key') : undefined,
    where: [
      ...inSubtree('t.organisation_id', a.under),
      ...oneOf('t.kind', a.kinds),
      ...(a.year !== undefined ? [sql`t.year = ${a.year}::int`] : []),
      ...equals('t.monitored_by_id', a.monitoredBy),
      ...(a.consolidated === undefined ? [] : [a.consolidated ? consolidated : sql`not ${consolidated}`]),
    ],
    order: datedOrder('t.designated_on', a.order),
  };
}
