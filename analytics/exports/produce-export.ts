import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFileRecord } from '../../services/exports/export-file-record.js';
import type { AnalyticsEngine } from '../engine.js';
import { buildTable } from './build-table.js';
import { checkSheetSizes, type ExportRequest, MANIFEST, writeExport } from './write-export.js';

export interface ProducedExport {
  files: ExportFileRecord[];
  /** PostgreSQL snapshot time of the replica generation every table was read from. */
  snapshotAt: string;
}

const LEFTOVER = /^\..+\.tmp$/;

/**
 * Answers every table of the spec on one replica generation and writes the files into `dir`. The
 * folder's leftovers of a killed attempt (temporary files) and an older manifest go first, so a
 * manifest is only ever beside the files it lists.
 */
export async function produceExport(
  engine: AnalyticsEngine,
  dir: string,
  request: ExportRequest,
): Promise<ProducedExport> {
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir)) {
    if (LEFTOVER.test(entry) || entry === MANIFEST) await rm(path.join(dir, entry), { force: true });
  }
  return engine.read(async (query, replica) => {
    // The questions are independent: DuckDB answers them side by side on their own connections.
    const tables = await Promise.all(
      request.spec.tables.map((spec, i) =>
        buildTable(query, spec, request.period, ['spec', 'tables', i], request.ownerScopeId ?? null),
      ),
    );
    if (request.formats.includes('xlsx')) checkSheetSizes(tables);
    const files = await writeExport(dir, tables, request, query, replica);
    return { files, snapshotAt: replica.info.snapshotAt };
  });
}
