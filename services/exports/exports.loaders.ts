import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../store/query/group-loader.js';
import { pageLoader } from '../store/query/keyset.js';
import type { RowScope } from '../store/query/row-scope.js';
import { sql } from '../store/query/sql.js';
import { ExportRun } from './export-run.entity.js';
import { exportRunList } from './export-run.queries.js';
import { ExportSchedule } from './export-schedule.entity.js';

/**
 * Per-request loaders of export runs and schedules; like every read, they see only the exports whose
 * owner scope lies in the caller's (row-visibility.ts).
 */
export function createExportsLoaders(em: EntityManager, rows: RowScope) {
  return {
    runs: pageLoader(em, rows, ExportRun, exportRunList),
    /** Every visible schedule, by name (key: 0, there is one list). */
    schedules: groupLoader(
      em,
      rows,
      ExportSchedule,
      String,
      (_keys, visible) => sql`select t.*, '0' as "__key" from export_schedule t where ${visible} order by t.name`,
    ),
  };
}

export type ExportsLoaders = ReturnType<typeof createExportsLoaders>;
