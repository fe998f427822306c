import { equals } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import { raw, sql } from '../store/query/sql.js';

export interface TargetListArgs {
  /** all: every target; scope: targets set for the key organisation. */
  within: 'all' | 'scope';
  metric?: string;
  period?: string;
  scope?: number;
}

/** Plan targets ordered by metric, then period. */
export function targetList(a: TargetListArgs): ListQuery {
  return {
    from: raw('target t'),
    partition: a.within === 'scope' ? raw('t.scope_id = k.key') : undefined,
    where: [
      ...(a.metric ? [sql`t.metric = ${a.metric}`] : []),
      ...(a.period ? [sql`t.period = ${a.period}`] : []),
      ...equals('t.scope_id', a.scope),
    ],
    order: {
      name: 'metric_period',
      keys: [
        { expr: raw('t.metric'), type: 'text' },
        { expr: raw('t.period'), type: 'text' },
        { expr: raw('t.id'), type: 'int' },
      ],
    },
  };
}
