import { createHash } from 'node:crypto';
import { scopeCovers } from '../access/access-scope.js';
import { callerCan } from '../access/caller.js';
import { todayInVietnam } from '../calendar.js';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { WriteService } from '../write/write-service.js';
import { WriteUnit } from '../write/write-unit.js';
import { foldText } from './fold-text.js';
import { IntakeBatch } from './intake-batch.entity.js';
import type { IntakeColumn, IntakeContext, IntakeKind, IntakeValues } from './intake-kind.js';
import { intakeKind } from './intake-kinds.js';
import type { IntakeProblem } from './intake-problem.js';
import { IntakeUpload } from './intake-upload.entity.js';
import { OrganisationDirectory } from './organisation-directory.js';
import { PersonDirectory } from './person-directory.js';
import { insertRows } from './set-insert.js';
import { readSheet } from './sheet-reader.js';

/** Problems listed in a report or a refusal; `problemCount` always has them all. */
export const MAX_LISTED_PROBLEMS = 10_000;

export interface ImportOptions {
  kind: string;
  uploadId: number;
  dryRun: boolean;
  maxRows: number;
  /** Told the number of rows checked so far, and the stage (for the command line's progress bar). */
  onProgress?: (stage: 'check' | 'write', rows: number) => void;
}

export interface ImportReport {
  kind: string;
  uploadId: number;
  dryRun: boolean;
  rowCount: number;
  /** Rows written now (would be, on a dry run). */
  writtenCount: number;
  /** Rows an earlier import of the same rows wrote already. */
  unchangedCount: number;
  problemCount: number;
  problems: IntakeProblem[];
  batchId: number | null;
}

interface Checked {
  rowCount: number;
  problems: IntakeProblem[];
  fresh: { record: unknown; key: string; rowNumber: number }[];
}

/**
 * Imports an upload all or nothing: every row is read, parsed and checked with the rules of its
 * mutation first (each problem with its row, column, code and reason); only a file without any is
 * written, set-based, in one transaction with its audit line and the row keys that make the same
 * rows a no-op next time. A dry run checks the same and writes nothing.
 */
export class ImportService extends WriteService {
  async importRecords(options: ImportOptions): Promise<ImportReport> {
    const { em, caller } = this.writeScope;
    if (!callerCan(caller, 'write')) {
      throw new DomainError('FORBIDDEN', `Your role (${caller.role}) may not write records.`);
    }
    const kind = intakeKind(options.kind);
    const upload = await this.uploadFor(options.uploadId, kind);
    const report = (checked: Checked, batchId: number | null): ImportReport => ({
      kind: kind.name,
      uploadId: upload.id,
      dryRun: options.dryRun,
      rowCount: checked.rowCount,
      writtenCount: checked.problems.length ? 0 : checked.fresh.length,
      unchangedCount: checked.rowCount - checked.fresh.length - new Set(checked.problems.map((p) => p.row)).size,
      problemCount: checked.problems.length,
      problems: checked.problems.slice(0, MAX_LISTED_PROBLEMS),
      batchId,
    });
    if (options.dryRun) {
      const checked = await em.transactional((tx) =>
        this.check(new WriteUnit(tx, caller, todayInVietnam()), kind, upload, options),
      );
      return report(checked, null);
    }
    let checked: Checked | undefined;
    const batch = await this.write(async (w) => {
      checked = await this.check(w, kind, upload, options);
      if (checked.problems.length) throw refusal(checked.problems);
      // The same rows again: nothing to write, not even a batch.
      return checked.fresh.length ? this.writeRows(w, kind, upload, checked, options) : null;
    });
    return report(checked as Checked, batch?.id ?? null);
  }

  private async uploadFor(id: number, kind: IntakeKind): Promise<IntakeUpload> {
    const { em, caller } = this.writeScope;
    const upload = await em.findOne(IntakeUpload, id, { populate: ['content'] });
    const owner = upload?.ownerScope ? await em.findOne(Organisation, upload.ownerScope.id) : null;
    if (!upload || (upload.createdBy !== caller.id && !scopeCovers(caller.scope, owner ? owner.path : []))) {
      throw new DomainError('NOT_FOUND', 'No upload has this id.', ['uploadId']);
    }
    if (upload.kind !== kind.name) {
      throw new DomainError('BAD_USER_INPUT', `Upload ${id} holds ${upload.kind}, not ${kind.name}.`, ['kind']);
    }
    return upload;
  }

  private async check(w: WriteUnit, kind: IntakeKind, upload: IntakeUpload, options: ImportOptions): Promise<Checked> {
    const context: IntakeContext = {
      w,
      organisations: await OrganisationDirectory.load(w.em),
      people: PersonDirectory.empty(),
    };
    const problems: IntakeProblem[] = [];
    const parsed: { values: IntakeValues; key: string; rowNumber: number }[] = [];
    const occurrences = new Map<string, number>();
    let columnsAt: Map<IntakeColumn, number> | undefined;
    let rowCount = 0;
    for await (const row of readSheet(upload.content, options.maxRows)) {
      if (!columnsAt) {
        columnsAt = headerColumns(kind, row.cells);
        continue;
      }
      rowCount++;
      if (rowCount % 5000 === 0) options.onProgress?.('check', rowCount);
      const values: Record<string, unknown> = {};
      const before = problems.length;
      const problem = (column: IntakeColumn | undefined, code: IntakeProblem['code'], reason: string) =>
        problems.push({ row: row.rowNumber, column: column?.header ?? null, code, reason });
      for (const [column, at] of columnsAt) {
        const text = row.cells[at] ?? '';
        if (text === '') {
          if (column.required) problem(column, 'BAD_USER_INPUT', 'must not be empty');
          continue;
        }
        try {
          values[column.key] = column.parse(text, context);
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          problem(column, e.code, e.message);
        }
      }
      if (problems.length > before) continue;
      const canonical = JSON.stringify(kind.columns.map((c) => canonicalValue(values[c.key])));
      const seen = (occurrences.get(canonical) ?? 0) + 1;
      occurrences.set(canonical, seen);
      const key = createHash('sha256').update(`${kind.name}\n${canonical}\n${seen}`).digest('base64url');
      parsed.push({ values, key, rowNumber: row.rowNumber });
    }
    if (!columnsAt)
      throw new DomainError('WRONG_HEADERS', `The file is empty; its first row must be: ${headers(kind)}.`);
    options.onProgress?.('check', rowCount);
    // Rows an earlier import wrote are not checked again: what they founded or recorded is on record
    // now, and checking it against itself (a code taken by the very row) would refuse a no-op.
    const done = await this.writtenKeys(
      w,
      kind,
      parsed.map((r) => r.key),
    );
    const personColumns = kind.columns.filter((c) => c.person);
    const codes = new Set(parsed.flatMap((r) => personColumns.map((c) => r.values[c.key] as string | undefined)));
    codes.delete(undefined);
    context.people = await PersonDirectory.load(w, [...codes] as string[]);
    const rows: Checked['fresh'] = [];
    for (const { values, key, rowNumber } of parsed) {
      if (done.has(key)) continue;
      try {
        rows.push({ record: kind.check(values, context), key, rowNumber });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const column = kind.columns.find((c) => c.key === e.field?.[0]);
        problems.push({ row: rowNumber, column: column?.header ?? null, code: e.code, reason: e.message });
      }
    }
    // Cell problems were found on reading, rule problems after: listed in row order all the same.
    problems.sort((a, b) => a.row - b.row);
    return { rowCount, problems, fresh: rows };
  }

  /** Keys of these rows that an earlier import wrote. */
  private async writtenKeys(w: WriteUnit, kind: IntakeKind, keys: string[]): Promise<Set<string>> {
    const rows = await w.em
      .getConnection()
      .execute<{ row_key: string }[]>(
        'select row_key from intake_row where kind = ? and row_key = any(?::text[])',
        [kind.name, `{${keys.join(',')}}`],
        'all',
        w.em.getTransactionContext(),
      );
    return new Set(rows.map((r) => r.row_key));
  }

  private async writeRows(
    w: WriteUnit,
    kind: IntakeKind,
    upload: IntakeUpload,
    checked: Checked,
    options: ImportOptions,
  ): Promise<IntakeBatch> {
    options.onProgress?.('write', 0);
    const { table, ids } = await kind.write(
      checked.fresh.map((r) => r.record),
      w,
    );
    const batch = w.create(IntakeBatch, {
      upload,
      kind: kind.name,
      rowCount: checked.rowCount,
      writtenCount: checked.fresh.length,
    });
    await w.em.flush();
    const rows = checked.fresh;
    await insertRows(w, 'intake_row', {
      batch_id: ['int', rows.map(() => batch.id)],
      kind: ['text', rows.map(() => kind.name)],
      row_key: ['text', rows.map((r) => r.key)],
      row_number: ['int', rows.map((r) => r.rowNumber)],
      record_table: ['text', rows.map(() => table)],
      record_id: ['int', ids],
      created_by: ['text', rows.map(() => w.caller.id)],
      updated_by: ['text', rows.map(() => w.caller.id)],
    });
    options.onProgress?.('write', rows.length);
    return batch;
  }
}

function refusal(problems: IntakeProblem[]): DomainError {
  return new DomainError(
    'IMPORT_REFUSED',
    `The file has ${problems.length} problem(s); nothing was written.`,
    ['uploadId'],
    { problemCount: problems.length, problems: problems.slice(0, MAX_LISTED_PROBLEMS) },
  );
}

/** Where each of the kind's columns is in the sheet; WRONG_HEADERS unless the first row is the template's. */
function headerColumns(kind: IntakeKind, cells: string[]): Map<IntakeColumn, number> {
  const byName = new Map<string, IntakeColumn>();
  for (const c of kind.columns) {
    byName.set(foldHeader(c.header), c);
    byName.set(foldHeader(c.key), c);
  }
  const at = new Map<IntakeColumn, number>();
  const wrong = (why: string) =>
    new DomainError('WRONG_HEADERS', `${why}; the first row must be: ${headers(kind)} (download the template).`);
  cells.forEach((cell, i) => {
    if (cell === '') return;
    const column = byName.get(foldHeader(cell));
    if (!column) throw wrong(`"${cell}" is not a column of ${kind.name}`);
    if (at.has(column)) throw wrong(`"${column.header}" appears twice`);
    at.set(column, i);
  });
  const missing = kind.columns.filter((c) => c.required && !at.has(c));
  if (missing.length) throw wrong(`missing ${missing.map((c) => `"${c.header}"`).join(', ')}`);
  return at;
}

/** Headers compare on letters and digits alone, so "Ngày kết nạp (dd/mm/yyyy)" typed as "ngay ket nap" fits. */
function foldHeader(text: string): string {
  return foldText.loose(text).replace(/[^a-z0-9]+/g, '');
}

function headers(kind: IntakeKind): string {
  return kind.columns.map((c) => c.header).join(' | ');
}

/** A parsed value as the row key sees it: an organisation by its id, however the row named it. */
function canonicalValue(value: unknown): unknown {
  return value && typeof value === 'object' && 'id' in value ? `#${String(value.id)}` : (value ?? null);
}
