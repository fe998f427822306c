import { dateRange, equals, oneOf } from '../store/query/filters.js';
import type { ListQuery, SortKey } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw, sql } from '../store/query/sql.js';
import { searchFilter, searchOrder } from '../store/query/text-search.js';

export const ORGANISATION_ORDER_FIELDS = ['relevance', 'name', 'code', 'founded_on'] as const;
export type OrganisationOrderField = (typeof ORGANISATION_ORDER_FIELDS)[number];

/** Filters shared by every organisation list (top level, children, descendants, of a unit). */
export interface OrganisationListArgs {
  /** all: the whole forest; children / descendants / unit: relative to the batch key. */
  within: 'all' | 'children' | 'descendants' | 'unit';
  /** descendants only: at most this many levels below the key. */
  maxDepth?: number;
  search?: string;
  under?: number;
  kinds?: string[];
  branches?: string[];
  hostSectors?: string[];
  unitId?: number;
  foundedFrom?: string;
  foundedTo?: string;
  activeOn?: string;
  order: Order<OrganisationOrderField>;
}

const PARTITIONS = {
  all: undefined,
  children: raw('t.parent_id = k.key'),
  descendants: raw('t.path @> array[k.key::int] and t.id <> k.key'),
  unit: raw('t.administrative_unit_id = k.key'),
};

/** Organisation lists as keyset queries; subtrees come from `path`, never from recursion. */
export function organisationList(a: OrganisationListArgs): ListQuery {
  const where = [
    ...(a.search ? searchFilter(raw('t.name'), a.search) : []),
    ...(a.under ? [sql`t.path @> array[${a.under}::int] and t.id <> ${a.under}::int`] : []),
    ...(a.within === 'descendants' && a.maxDepth !== undefined
      ? [sql`cardinality(t.path) - array_position(t.path, k.key::int) <= ${a.maxDepth}::int`]
      : []),
    ...oneOf('t.kind', a.kinds),
    ...oneOf('t.branch', a.branches),
    ...oneOf('t.host_sector', a.hostSectors),
    ...equals('t.administrative_unit_id', a.unitId),
    ...dateRange('t.founded_on', a.foundedFrom, a.foundedTo),
    ...(a.activeOn
      ? [sql`t.founded_on <= ${a.activeOn}::date and (t.dissolved_on is null or t.dissolved_on > ${a.activeOn}::date)`]
      : []),
  ];
  return { from: raw('organisation t'), partition: PARTITIONS[a.within], where, order: ordering(a) };
}

function ordering(a: OrganisationListArgs): ListQuery['order'] {
  const id: SortKey = { expr: raw('t.id'), type: 'int' };
  const descending = a.order.direction === 'desc';
  switch (a.order.field) {
    case 'relevance':
      // Among equal matches the shallower organisation comes first: "ba dinh" finds the district before its wards.
      return {
        name: 'relevance',
        keys: searchOrder(raw('t.name'), a.search ?? '', [{ expr: raw('cardinality(t.path)'), type: 'int' }]),
      };
    case 'name':
      return { name: 'name', keys: [{ expr: raw('t.name'), type: 'text' }, id], descending };
    case 'code':
      return { name: 'code', keys: [{ expr: raw('t.code'), type: 'text' }, id], descending };
    case 'founded_on':
      return { name: 'founded_on', keys: [{ expr: raw('t.founded_on'), type: 'date' }, id], descending };
  }
}
