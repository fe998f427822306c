import { oneOf } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw } from '../store/query/sql.js';
import { searchFilter, searchOrder } from '../store/query/text-search.js';

export const UNIT_ORDER_FIELDS = ['relevance', 'code', 'name'] as const;
export type UnitOrderField = (typeof UNIT_ORDER_FIELDS)[number];

export interface UnitListArgs {
  /** all: every unit; children: the units directly under the batch key. */
  within: 'all' | 'children';
  search?: string;
  levels?: string[];
  kinds?: string[];
  order: Order<UnitOrderField>;
}

/** Administrative units as a keyset query; search runs on the trigram index over search_key(name). */
export function unitList(a: UnitListArgs): ListQuery {
  const id = { expr: raw('t.id'), type: 'int' } as const;
  const descending = a.order.direction === 'desc';
  const order: ListQuery['order'] =
    a.order.field === 'relevance'
      ? {
          name: 'relevance',
          keys: searchOrder(raw('t.name'), a.search ?? '', [{ expr: raw('length(t.code)'), type: 'int' }]),
        }
      : { name: a.order.field, keys: [{ expr: raw(`t.${a.order.field}`), type: 'text' }, id], descending };
  return {
    from: raw('administrative_unit t'),
    partition: a.within === 'children' ? raw('t.parent_id = k.key') : undefined,
    where: [
      ...(a.search ? searchFilter(raw('t.name'), a.search) : []),
      ...oneOf('t.level', a.levels),
      ...oneOf('t.kind', a.kinds),
    ],
    order,
  };
}
