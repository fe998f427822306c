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

/**
 * Rows checked, and written, together: few enough that a chunk's rows and records die young (with
 * 5,000 a 200,000-row import's heap grew to 500 MB between collections, with 1,000 to 420 MB), many
 * enough that the statements per chunk stay few.
 */
const CHUNK_ROWS = 2_000;

/** Bytes of the upload read from the database at a time. */
const SLICE_BYTES = 2 * 2 ** 20;

export interface ImportOptions {
  kind: string;
  uploadId: number;
  dryRun: boolean;
  maxRows: number;
  /** Rows per chunk (CHUNK_ROWS unless given; tests take a few to cross chunks with small files). */
  chunkRows?: number;
  /**
   * Told after each chunk the rows read so far, and whether they were checked only or also written
   * (for the command line's progress bar); told `write` once more after the last.
   */
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

/** What a pass over the file keeps: counts and the listed problems, never its rows. */
interface Pass {
  rowCount: number;
  /** Rows no earlier import wrote and without a problem: written, or to be. */
  freshCount: number;
  /** Rows with at least one problem. */
  problemRows: number;
  problemCount: number;
  /** The first MAX_LISTED_PROBLEMS, in row order. */
  problems: IntakeProblem[];
  batch: IntakeBatch | null;
}

interface Parsed {
  values: IntakeValues;
  key: string;
  rowNumber: number;
}

interface Fresh {
  record: unknown;
  key: string;
  rowNumber: number;
}

/**
 * Imports an upload all or nothing: every row is read, parsed and checked with the rules of its
 * mutation (each problem with its row, column, code and reason); only a file without any is
 * committed, set-based, in one transaction with its audit line and the row keys that make the same
 * rows a no-op next time. A dry run checks the same and writes nothing.
 *
 * The file is streamed from its upload and taken in chunks of CHUNK_ROWS rows inside that one
 * transaction: each chunk is checked, then written while no row so far had a problem; after the
 * first problem the rest is still checked (every problem is reported) but nothing more is written,
 * and the refusal rolls back what was. So the import holds one chunk, its counts and the rows'
 * occurrences, whatever the file's size — except for a kind whose records are written whole.
 */
export class ImportService extends WriteService {
  async importRecords(options: ImportOptions): Promise<ImportReport> {
    const { em, caller } = this.writeScope;
    if (!callerCan(caller, 'write')) {
      throw new DomainError('FORBIDDEN', `Your role (${caller.role}) may not write records.`);
    }
    const kind = intakeKind(options.kind);
    const upload = await this.uploadFor(options.uploadId, kind);
    const report = (pass: Pass): ImportReport => ({
      kind: kind.name,
      uploadId: upload.id,
      dryRun: options.dryRun,
      rowCount: pass.rowCount,
      writtenCount: pass.problemCount ? 0 : pass.freshCount,
      unchangedCount: pass.rowCount - pass.freshCount - pass.problemRows,
      problemCount: pass.problemCount,
      problems: pass.problems,
      batchId: pass.batch?.id ?? null,
    });
    if (options.dryRun) {
      const pass = await em.transactional((tx) =>
        this.pass(new WriteUnit(tx, caller, todayInVietnam()), kind, upload, options),
      );
      return report(pass);
    }
    let pass: Pass | undefined;
    await this.write(async (w) => {
      pass = await this.pass(w, kind, upload, options);
      if (pass.problemCount) throw refusal(pass);
      // The same rows again: nothing written, not even a batch.
      return pass.batch;
    });
    return report(pass as Pass);
  }

  private async uploadFor(id: number, kind: IntakeKind): Promise<IntakeUpload> {
    const { em, caller } = this.writeScope;
    // Its content stays in the database: the pass reads it slice by slice.
    const upload = await em.findOne(IntakeUpload, id);
    const owner = upload?.ownerScope ? await em.findOne(Organisation, upload.ownerScope.id) : null;
    if (!upload || (upload.createdBy !== caller.id && !scopeCovers(caller.scope, owner ? owner.path : []))) {
      throw new DomainError('NOT_FOUND', 'No upload has this id.', ['uploadId']);
    }
    if (upload.kind !== kind.name) {
      throw new DomainError('BAD_USER_INPUT', `Upload ${id} holds ${upload.kind}, not ${kind.name}.`, ['kind']);
    }
    return upload;
  }

  /** Reads, checks and (unless a dry run, and while no problem is found) writes the file chunk by chunk. */
  private async pass(w: WriteUnit, kind: IntakeKind, upload: IntakeUpload, options: ImportOptions): Promise<Pass> {
    // One directory of people for the whole file: each chunk adds the people its rows name that no
    // earlier chunk read, and rows change its entries as they are checked (codes given, steps taken),
    // so a later chunk's rows see what the earlier chunks' rows did, written or not (a dry run).
    const context: IntakeContext = {
      w,
      organisations: await OrganisationDirectory.load(w.em),
      people: PersonDirectory.empty(),
    };
    const chunkRows = options.chunkRows ?? CHUNK_ROWS;
    const pass: Pass = { rowCount: 0, freshCount: 0, problemRows: 0, problemCount: 0, problems: [], batch: null };
    const keys = rowKeys(kind);
    /** A kind written whole: its records until the file is checked. */
    const held: Fresh[] = [];
    let parsed: Parsed[] = [];
    let cellProblems: IntakeProblem[] = [];
    let columnsAt: Map<IntakeColumn, number> | undefined;

    const settle = async () => {
      const fresh = await this.checkChunk(w, kind, context, parsed, cellProblems, pass);
      parsed = [];
      cellProblems = [];
      const writing = !options.dryRun && !pass.problemCount;
      if (writing && kind.writesWholeFile) held.push(...fresh);
      else if (writing && fresh.length) pass.batch = await this.writeRows(w, kind, upload, fresh, pass.batch);
      // After a problem nothing more is written: what a kind written whole held is let go.
      if (!writing) held.length = 0;
      options.onProgress?.(writing && !kind.writesWholeFile ? 'write' : 'check', pass.rowCount);
    };

    for await (const row of readSheet(this.uploadContent(w, upload), options.maxRows)) {
      if (!columnsAt) {
        columnsAt = headerColumns(kind, row.cells);
        continue;
      }
      pass.rowCount++;
      const values: Record<string, unknown> = {};
      const before = cellProblems.length;
      const problem = (column: IntakeColumn | undefined, code: IntakeProblem['code'], reason: string) =>
        cellProblems.push({ row: row.rowNumber, column: column?.header ?? null, code, reason });
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
      if (cellProblems.length === before) parsed.push({ values, key: keys(values), rowNumber: row.rowNumber });
      if (pass.rowCount % chunkRows === 0) await settle();
    }
    if (!columnsAt)
      throw new DomainError('WRONG_HEADERS', `The file is empty; its first row must be: ${headers(kind)}.`);
    if (pass.rowCount % chunkRows !== 0) await settle();
    if (held.length) pass.batch = await this.writeRows(w, kind, upload, held, pass.batch);
    if (pass.batch && !pass.problemCount) {
      pass.batch.rowCount = pass.rowCount;
      pass.batch.writtenCount = pass.freshCount;
      await w.em.flush();
      options.onProgress?.('write', pass.rowCount);
    }
    return pass;
  }

  /** A chunk's fresh rows checked into records; its problems (cell problems included) counted into the pass. */
  private async checkChunk(
    w: WriteUnit,
    kind: IntakeKind,
    context: IntakeContext,
    parsed: readonly Parsed[],
    problems: IntakeProblem[],
    pass: Pass,
  ): Promise<Fresh[]> {
    // Rows an earlier import wrote are not checked again: what they founded or recorded is on record
    // now, and checking it against itself (a code taken by the very row) would refuse a no-op.
    const done = await this.writtenKeys(
      w,
      kind,
      parsed.map((r) => r.key),
    );
    const personColumns = kind.columns.filter((c) => c.person);
    if (personColumns.length) {
      const named = parsed.flatMap((r) => (done.has(r.key) ? [] : personColumns.map((c) => r.values[c.key])));
      await context.people.extend(
        w,
        named.filter((code): code is string => typeof code === 'string'),
      );
    }
    const fresh: Fresh[] = [];
    for (const { values, key, rowNumber } of parsed) {
      if (done.has(key)) continue;
      try {
        fresh.push({ record: kind.check(values, context), key, rowNumber });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const column = kind.columns.find((c) => c.key === e.field?.[0]);
        problems.push({ row: rowNumber, column: column?.header ?? null, code: e.code, reason: e.message });
      }
    }
    // Cell problems were found on reading, rule problems after: listed in row order all the same
    // (chunks come in row order, so the whole list is).
    problems.sort((a, b) => a.row - b.row);
    pass.freshCount += fresh.length;
    pass.problemCount += problems.length;
    pass.problemRows += new Set(problems.map((p) => p.row)).size;
    const room = MAX_LISTED_PROBLEMS - pass.problems.length;
    if (room > 0) pass.problems.push(...problems.slice(0, room));
    return fresh;
  }

  /** The upload's bytes, a slice at a time, in the import's transaction. */
  private async *uploadContent(w: WriteUnit, upload: IntakeUpload): AsyncGenerator<Buffer> {
    for (let at = 0; at < upload.bytes; at += SLICE_BYTES) {
      const [slice] = await w.em
        .getConnection()
        .execute<{ part: Buffer }[]>(
          'select substring(content from ? for ?) as part from intake_upload where id = ?',
          [at + 1, SLICE_BYTES, upload.id],
          'all',
          w.em.getTransactionContext(),
        );
      if (slice) yield slice.part;
    }
  }

  /** Keys of these rows that an earlier import wrote. */
  private async writtenKeys(w: WriteUnit, kind: IntakeKind, keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
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

  /** Writes checked records and their row keys under the import's batch (made with the first of them). */
  private async writeRows(
    w: WriteUnit,
    kind: IntakeKind,
    upload: IntakeUpload,
    rows: readonly Fresh[],
    batch: IntakeBatch | null,
  ): Promise<IntakeBatch> {
    const { table, ids } = await kind.write(
      rows.map((r) => r.record),
      w,
    );
    if (!batch) {
      // Its counts are set once the whole file is read.
      batch = w.create(IntakeBatch, { upload, kind: kind.name, rowCount: 0, writtenCount: 0 });
      await w.em.flush();
    }
    const batchId = batch.id;
    await insertRows(w, 'intake_row', {
      batch_id: ['int', rows.map(() => batchId)],
      kind: ['text', rows.map(() => kind.name)],
      row_key: ['text', rows.map((r) => r.key)],
      row_number: ['int', rows.map((r) => r.rowNumber)],
      record_table: ['text', rows.map(() => table)],
      record_id: ['int', ids],
      created_by: ['text', rows.map(() => w.caller.id)],
      updated_by: ['text', rows.map(() => w.caller.id)],
    });
    return batch;
  }
}

/**
 * The row key of each parsed row in file order: a digest of the kind, the row's values and how many
 * times the same values came before in the file (so two identical rows are two records). Only a
 * short digest of each distinct row is kept to count them, not the row.
 */
function rowKeys(kind: IntakeKind): (values: IntakeValues) => string {
  const occurrences = new Map<string, number>();
  return (values) => {
    const canonical = JSON.stringify(kind.columns.map((c) => canonicalValue(values[c.key])));
    // A collision of these 16 bytes would only number a row as a repeat: its key still holds its values.
    const seenAs = createHash('md5').update(canonical).digest().toString('latin1');
    const seen = (occurrences.get(seenAs) ?? 0) + 1;
    occurrences.set(seenAs, seen);
    return createHash('sha256').update(`${kind.name}\n${canonical}\n${seen}`).digest('base64url');
  };
}

function refusal(pass: Pass): DomainError {
  return new DomainError(
    'IMPORT_REFUSED',
    `The file has ${pass.problemCount} problem(s); nothing was written.`,
    ['uploadId'],
    { problemCount: pass.problemCount, problems: pass.problems },
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
