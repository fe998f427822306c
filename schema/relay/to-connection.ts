import type { Page } from '../../services/store/query/keyset.js';
import { encodeCursor } from './cursor.js';

/** Shapes a fetched page as a connection; `edgeFields` are copied onto every edge (e.g. the list's asOf). */
export function toConnection<T>(page: Page<T>, edgeFields: Record<string, unknown> = {}) {
  const cursors = page.cursors.map(encodeCursor);
  const edges = page.nodes.map((node, i) => ({ ...edgeFields, node, cursor: cursors[i] as string }));
  return {
    edges,
    nodes: page.nodes,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: cursors[0] ?? null,
      endCursor: cursors.at(-1) ?? null,
    },
  };
}
