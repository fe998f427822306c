import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Page, PageKey } from '../../services/store/query/keyset.js';
import { pageArgs } from './page-args.js';
import { toConnection } from './to-connection.js';

/**
 * Resolves a connection field: validates paging (`first`, `after`), then asks the page loader for
 * the partition `key` (a parent id, or 0 for a top-level list) with the list's filters.
 */
export async function loadConnection<T, A>(
  loader: DataLoader<PageKey<A>, Page<T>, string>,
  key: number,
  paging: { first?: number | null; after?: string | null },
  list: () => A,
  info: GraphQLResolveInfo,
  edgeFields?: Record<string, unknown>,
) {
  const page = pageArgs(paging, info);
  return toConnection(await loader.load({ key, args: list(), page }), edgeFields);
}
