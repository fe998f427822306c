import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw } from '../store/query/sql.js';
import { searchFilter, searchOrder } from '../store/query/text-search.js';

export const PERSON_ORDER_FIELDS = ['relevance', 'name', 'birth_year'] as const;
export type PersonOrderField = (typeof PERSON_ORDER_FIELDS)[number];

export interface PersonListArgs {
  search?: string;
  order: Order<PersonOrderField>;
}

/** People as a keyset query; search runs on the trigram index over search_key(full_name). */
export function personList(a: PersonListArgs): ListQuery {
  const id = { expr: raw('t.id'), type: 'int' } as const;
  const descending = a.order.direction === 'desc';
  const order: ListQuery['order'] =
    a.order.field === 'relevance'
      ? { name: 'relevance', keys: searchOrder(raw('t.full_name'), a.search ?? '') }
      : a.order.field === 'name'
        ? { name: 'name', keys: [{ expr: raw('t.full_name'), type: 'text' }, id], descending }
        : { name: 'birth_year', keys: [{ expr: raw('t.birth_year::int'), type: 'int' }, id], descending };
  return { from: raw('person t'), where: a.search ? searchFilter(raw('t.full_name'), a.search) : [], order };
}
