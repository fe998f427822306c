import type { Page } from './keyset.js';

/** Shapes a fetched page as a connection; `edgeFields` are copied onto every edge (e.g. the list's asOf). */
export function toConnection<T>(page: Page<T>, edgeFields: Record<string, unknown> = {}) {
  const edges = page.nodes.map((node, i) => ({ ...edgeFields, node, cursor: page.cursors[i] as string }));
  return {
    edges,
    nodes: page.nodes,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
  };
}
