import { DomainError } from '../../services/errors.js';
import type { Order } from '../../services/store/query/order.js';

/**
 * The ordering of a searchable list: the client's, else relevance when searching, else `fallback`.
 * Relevance without a search has nothing to rank by and is refused.
 */
export function pickOrder<F extends string>(
  orderBy: Order<F> | null | undefined,
  search: string | undefined,
  fallback: F,
): Order<F | 'relevance'> {
  if (orderBy?.field === 'relevance' && !search) {
    throw new DomainError('BAD_USER_INPUT', 'ordering by RELEVANCE needs a search', ['orderBy', 'field']);
  }
  return orderBy ?? { field: search ? 'relevance' : fallback, direction: 'asc' };
}
