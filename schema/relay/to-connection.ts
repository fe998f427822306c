import type { Cursor, Page } from '../../services/store/query/keyset.js';
import { encodeCursor } from './cursor.js';

/**
 * A fetched page as a connection. Edges and cursors are built only when the client selects them
 * (on first read): a page of 500 `nodes` then costs no cursor encoding and no edge objects.
 * `edgeFields` are copied onto every edge (e.g. the list's asOf).
 */
class PageConnection<T> {
  #cursors?: string[];

  constructor(
    private readonly page: Page<T>,
    private readonly edgeFields: Record<string, unknown>,
  ) {}

  get nodes(): T[] {
    return this.page.nodes;
  }

  get totalCount(): number | undefined {
    return this.page.totalCount;
  }

  get edges() {
    const cursors = this.cursors();
    return this.page.nodes.map((node, i) => ({ ...this.edgeFields, node, cursor: cursors[i] as string }));
  }

  get pageInfo() {
    const { page } = this;
    const last = page.cursors.at(-1);
    return {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      // The end cursors alone, so asking only pageInfo encodes two cursors, not the whole page's.
      startCursor: this.#cursors?.[0] ?? cursorOrNull(page.cursors[0]),
      endCursor: this.#cursors?.at(-1) ?? cursorOrNull(last),
    };
  }

  private cursors(): string[] {
    this.#cursors ??= this.page.cursors.map(encodeCursor);
    return this.#cursors;
  }
}

function cursorOrNull(cursor: Cursor | undefined): string | null {
  return cursor ? encodeCursor(cursor) : null;
}

/** Shapes a fetched page as a connection; `edgeFields` are copied onto every edge (e.g. the list's asOf). */
export function toConnection<T>(page: Page<T>, edgeFields: Record<string, unknown> = {}) {
  return new PageConnection(page, edgeFields);
}
