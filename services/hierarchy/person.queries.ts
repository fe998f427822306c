import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { joinSql, raw, sql } from '../store/query/sql.js';
import { searchFilter, searchOrder } from '../store/query/text-search.js';

export const PERSON_ORDER_FIELDS = ['relevance', 'name', 'birth_year'] as const;
export type PersonOrderField = (typeof PERSON_ORDER_FIELDS)[number];

/**
 * A search ranks and counts at most this many matching people. A common word ("van", "thi") matches
 * a fifth of the city; ranking all of them costs seconds, and the best of them is no answer anyway.
 */
export const SEARCH_CANDIDATES = 5000;

export interface PersonListArgs {
  search?: string;
  order: Order<PersonOrderField>;
}

/** People as a keyset query; search runs on the trigram index over search_key(full_name), and finds a register code. */
export function personList(a: PersonListArgs): ListQuery {
  const id = { expr: raw('t.id'), type: 'int' } as const;
  const descending = a.order.direction === 'desc';
  const order: ListQuery['order'] =
    a.order.field === 'relevance'
      ? { name: 'relevance', keys: searchOrder(raw('t.full_name'), a.search ?? '') }
      : a.order.field === 'name'
        ? { name: 'name', keys: [{ expr: raw('t.full_name'), type: 'text' }, id], descending }
        : { name: 'birth_year', keys: [{ expr: raw('t.birth_year::int'), type: 'int' }, id], descending };
  // A search that is someone's register code finds them too (the code's unique index), whatever their name.
  const from = a.search
    ? sql`(select * from person c where c.code = ${a.search.trim().toUpperCase()}
        or ${joinSql([raw('true'), ...searchFilter(raw('c.full_name'), a.search)], ' and ')}
        limit ${SEARCH_CANDIDATES}) t`
    : raw('person t');
  return { from, where: [], order };
}
