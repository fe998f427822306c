import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../services/errors.js';
import { writeAtomically } from '../../services/exports/atomic-file.js';
import type { ExportFileRecord } from '../../services/exports/export-file-record.js';
import type { ExportFormat } from '../../services/exports/export-formats.js';
import type { Query, ReadContext } from '../duckdb-store.js';
import type { Period } from '../period.js';
import type { ExportSpec } from './export-spec.js';
import type { ExportTable } from './export-table.js';
import { SOFTWARE } from './software-version.js';
import { writeCsv } from './writers/csv-writer.js';
import { writeJson } from './writers/json-writer.js';
import { writeParquet } from './writers/parquet-writer.js';
import { writeXlsx, XLSX_EXTRA_ROWS, XLSX_MAX_ROWS } from './writers/xlsx-writer.js';

export interface ExportRequest {
  runId: number | null;
  spec: ExportSpec;
  period: Period;
  /** The period as asked ("H-1") and the instant it was resolved at. */
  periodText: string;
  resolvedAt: Date;
  formats: readonly ExportFormat[];
  csvBom: boolean;
  /**
   * The organisation whose subtree the export may read (its owner's scope): tables without a scope
   * answer for it, tables naming one outside it are refused. Absent: the whole city.
   */
  ownerScopeId?: number | null;
  /** Told as each file is complete (the CLI's progress). */
  onFile?: (file: ExportFileRecord) => void;
}

/** The manifest's name; it is written last, so its presence says the folder is complete. */
export const MANIFEST = 'manifest.json';
export const WORKBOOK = 'export.xlsx';

/** Refuses, before any file is written, a table that Excel could not hold (never truncated). */
export function checkSheetSizes(tables: readonly ExportTable[]): void {
  tables.forEach((t, i) => {
    if (t.rowCount + XLSX_EXTRA_ROWS > XLSX_MAX_ROWS) {
      throw new DomainError(
        'SHEET_TOO_LARGE',
        `Table "${t.name}" has ${t.rowCount} rows; an XLSX sheet holds at most ${XLSX_MAX_ROWS - XLSX_EXTRA_ROWS} below its title and header. Choose csv, parquet or json for it, or a shorter period or smaller scope`,
        ['spec', 'tables', i],
      );
    }
  });
}

/**
 * Writes every file of an export into `dir` (each complete or absent: see writeAtomically), then
 * the manifest listing them. Returns the files, manifest excluded.
 */
export async function writeExport(
  dir: string,
  tables: readonly ExportTable[],
  request: ExportRequest,
  query: Query,
  replica: ReadContext,
): Promise<ExportFileRecord[]> {
  const files: ExportFileRecord[] = [];
  const write = async (name: string, format: ExportFormat, fill: (tmp: string) => Promise<number>) => {
    let rows = 0;
    const digest = await writeAtomically(path.join(dir, name), async (tmp) => {
      rows = await fill(tmp);
    });
    const record = { name, format, rows, ...digest };
    files.push(record);
    request.onFile?.(record);
  };
  if (request.formats.includes('xlsx')) await write(WORKBOOK, 'xlsx', (tmp) => writeXlsx(tmp, tables, replica));
  for (const table of tables) {
    for (const format of request.formats) {
      const name = `${table.name}.${format}`;
      if (format === 'csv') await write(name, format, (tmp) => writeCsv(tmp, table, replica, request.csvBom));
      if (format === 'json') await write(name, format, (tmp) => writeJson(tmp, table, replica));
      if (format === 'parquet') await write(name, format, (tmp) => writeParquet(tmp, table, query));
    }
  }
  const manifest = {
    run: request.runId,
    spec: request.spec,
    period: {
      requested: request.periodText,
      resolvedAt: request.resolvedAt.toISOString(),
      key: request.period.key,
      label: request.period.label,
      from: request.period.from,
      to: request.period.to,
    },
    snapshotAt: replica.info.snapshotAt,
    generatedAt: new Date().toISOString(),
    software: SOFTWARE,
    tables: tables.map((t) => ({ name: t.name, title: t.title, rows: t.rowCount, columns: t.columns })),
    files,
  };
  await writeAtomically(path.join(dir, MANIFEST), (tmp) => writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`));
  return files;
}
