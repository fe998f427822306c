import { dateRange, oneOf } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw, sql } from '../store/query/sql.js';
import { searchFilter } from '../store/query/text-search.js';

export const DOCUMENT_ORDER_FIELDS = ['issued_on', 'code'] as const;
export type DocumentOrderField = (typeof DOCUMENT_ORDER_FIELDS)[number];

export interface DocumentListArgs {
  /** Words to find in the code or the title, ignoring case and accents. */
  search?: string;
  kinds?: string[];
  from?: string;
  to?: string;
  order: Order<DocumentOrderField>;
}

export function documentList(a: DocumentListArgs): ListQuery {
  const descending = a.order.direction === 'desc';
  // Undated documents sort first, so the issued_on key is never null.
  const key =
    a.order.field === 'code'
      ? ({ expr: raw('t.code'), type: 'text' } as const)
      : ({ expr: raw(`coalesce(t.issued_on, '0001-01-01'::date)`), type: 'date' } as const);
  return {
    from: raw('document t'),
    where: [
      ...(a.search ? searchFilter(sql`t.code || ' ' || t.kind || ' ' || t.title`, a.search) : []),
      ...oneOf('t.kind', a.kinds),
      ...dateRange('t.issued_on', a.from, a.to),
    ],
    order: { name: a.order.field, keys: [key, { expr: raw('t.id'), type: 'int' }], descending },
  };
}
