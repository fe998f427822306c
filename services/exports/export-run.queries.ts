import type { ListQuery } from '../store/query/keyset.js';
import { raw, type Sql, sql } from '../store/query/sql.js';
import type { RunStatus } from './export-run.entity.js';

export interface ExportRunListArgs {
  scheduleId?: number;
  status?: RunStatus;
}

/** Export runs newest first, optionally of one schedule or in one status. */
export function exportRunList(a: ExportRunListArgs): ListQuery {
  const where: Sql[] = [];
  if (a.scheduleId !== undefined) where.push(sql`t.schedule_id = ${a.scheduleId}`);
  if (a.status !== undefined) where.push(sql`t.status = ${a.status}`);
  return {
    from: raw('export_run t'),
    where,
    order: { name: 'export_runs_newest', keys: [{ expr: raw('t.id'), type: 'int' }], descending: true },
  };
}
