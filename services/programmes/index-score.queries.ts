import { equals, liveRows, oneOf } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import { raw, sql } from '../store/query/sql.js';

export interface IndexScoreListArgs {
  /** Voided records too (they are left out otherwise). */
  includeVoided?: boolean;
  indices?: string[];
  year?: number;
  unitId?: number;
}

/** Governance index scores, newest year first, then by index. */
export function indexScoreList(a: IndexScoreListArgs): ListQuery {
  return {
    from: raw('index_score t'),
    where: [
      ...liveRows(a.includeVoided),
      ...oneOf('t.index', a.indices),
      ...(a.year !== undefined ? [sql`t.year = ${a.year}::int`] : []),
      ...equals('t.unit_id', a.unitId),
    ],
    order: {
      name: 'year_index',
      keys: [
        { expr: raw('-t.year::int'), type: 'int' },
        { expr: raw('t.index'), type: 'text' },
        { expr: raw('t.id'), type: 'int' },
      ],
    },
  };
}
