import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors.js';
import { foldText } from './fold-text.js';

/** One row of the sheet, its cells as text (NFC, trimmed); row 1 is the header. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * The rows of an intake file, streamed from its bytes (a Buffer, or slices of it as an import reads
 * them from its upload): the first sheet of an XLSX workbook (exceljs's streaming reader) or a CSV
 * text (csv-parse), told apart by their bytes, not their name. Refuses what is not a spreadsheet, an
 * encrypted workbook, formulas, merged cells and more than `maxRows` data rows, each with its own
 * code; it stops reading at the first of them (a flaw late in the file comes after the rows before it).
 */
export async function* readSheet(content: Buffer | AsyncIterable<Buffer>, maxRows: number): AsyncGenerator<SheetRow> {
  const { head, bytes } = await opening(Buffer.isBuffer(content) ? once(content) : content);
  const rows = head.subarray(0, 4).equals(ZIP) ? xlsxRows(bytes) : textRows(head, bytes);
  for await (const row of rows) {
    if (row.rowNumber > 1 && row.cells.every((c) => c === '')) continue;
    if (row.rowNumber > maxRows + 1) {
      throw new DomainError('TOO_MANY_ROWS', `The file holds more than ${maxRows} data rows; split it.`);
    }
    yield row;
  }
}

async function* once(content: Buffer): AsyncGenerator<Buffer> {
  yield content;
}

/** The file's first bytes (enough to tell its format) and all its bytes, those included, still streamed. */
async function opening(content: AsyncIterable<Buffer>): Promise<{ head: Buffer; bytes: AsyncGenerator<Buffer> }> {
  const source = content[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let length = 0;
  while (length < OLE.length) {
    const next = await source.next();
    if (next.done) break;
    first.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(first);
  const bytes = async function* () {
    yield head;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  };
  return { head, bytes: bytes() };
}

async function* textRows(head: Buffer, bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow> {
  if (head.subarray(0, 8).equals(OLE)) {
    // Refused either way; the whole file is read only to say why.
    const whole: Buffer[] = [];
    for await (const chunk of bytes) whole.push(chunk);
    if (Buffer.concat(whole).includes(ENCRYPTED_PACKAGE)) {
      throw new DomainError('FILE_ENCRYPTED', 'The workbook is protected by a password; save it without one.');
    }
    throw new DomainError('FILE_NOT_SPREADSHEET', 'An old .xls workbook; save it as .xlsx (or CSV UTF-8).');
  }
  yield* csvRows(utf8Text(bytes));
}

const NOT_TEXT = 'Neither an XLSX workbook nor a CSV text in UTF-8.';

/** The bytes as text, decoded across slice boundaries; FILE_NOT_SPREADSHEET at the first byte that is not UTF-8 or NUL. */
async function* utf8Text(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    let text: string;
    try {
      text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new DomainError('FILE_NOT_SPREADSHEET', NOT_TEXT);
    }
    if (text.includes('\u0000')) throw new DomainError('FILE_NOT_SPREADSHEET', NOT_TEXT);
    return text;
  };
  for await (const chunk of bytes) yield decode(chunk);
  yield decode();
}

async function* csvRows(texts: AsyncGenerator<string>): AsyncGenerator<SheetRow> {
  // The text up to its first line that holds something: it tells a blank file and the delimiter.
  let start = '';
  while (!(/\S/.test(start) && start.includes('\n'))) {
    const next = await texts.next();
    if (next.done) break;
    start += next.value;
  }
  if (!/\S/.test(start)) throw new DomainError('FILE_NOT_SPREADSHEET', NOT_TEXT);
  const firstLine = start.slice(0, start.indexOf('\n') >>> 0);
  // Excel saves CSV with ";" where the decimal mark is a comma, as in Vietnamese settings.
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const parser = parse({ bom: true, delimiter, relax_column_count: true });
  const text = async function* () {
    yield start;
    yield* texts;
  };
  // A refusal of the text (not UTF-8) destroys the parser with it, so the loop below throws it.
  pipeline(Readable.from(text()), parser).catch(() => {});
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record.map(foldText.cell) };
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError('FILE_NOT_SPREADSHEET', `Not a readable CSV text: ${(e as Error).message}`);
  }
}

async function* xlsxRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow> {
  const workbook = wholeCharacters(
    new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles tell a date cell from a number.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    }),
  );
  try {
    for await (const sheet of workbook) {
      const merges = watchMerges(sheet);
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1);
        yield { rowNumber: row.number, cells: values.map((v, i) => cellText(v, row.number, i)) };
      }
      if (merges.found) throw new DomainError('MERGED_CELLS', 'The sheet has merged cells; unmerge them.');
      return;
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError('FILE_NOT_SPREADSHEET', `Not a readable XLSX workbook: ${(e as Error).message}`);
  }
  throw new DomainError('FILE_NOT_SPREADSHEET', 'The workbook has no sheet.');
}

/** The parts of exceljs's streaming reader that read the text of shared strings and of sheets. */
interface ReaderInternals {
  _parseSharedStrings(entry: Readable): unknown;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: number): unknown;
}

/**
 * exceljs 4.4 decodes each chunk of a zip entry on its own, so a Vietnamese letter whose UTF-8 bytes
 * straddle two chunks became U+FFFD: the shared strings and the sheets reach it as whole characters.
 */
function wholeCharacters(reader: ExcelJS.stream.xlsx.WorkbookReader): ExcelJS.stream.xlsx.WorkbookReader {
  const internals = reader as unknown as ReaderInternals;
  const sharedStrings = internals._parseSharedStrings.bind(reader);
  const worksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => sharedStrings(entry.pipe(new PassThrough()).setEncoding('utf8'));
  internals._parseWorksheet = (iterator, sheetNo) => worksheet(decoded(iterator), sheetNo);
  return reader;
}

async function* decoded(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/**
 * exceljs's streaming reader skips <mergeCell> elements, so the sheet's XML is watched on its way
 * in (they come after the rows, within the same pass).
 */
function watchMerges(sheet: unknown): { found: boolean } {
  const state = { found: false };
  const reader = sheet as { iterator: AsyncIterable<Buffer | string> };
  const source = reader.iterator;
  reader.iterator = (async function* () {
    let tail = '';
    for await (const chunk of source) {
      const text = tail + chunk.toString();
      if (/<(\w+:)?mergeCell[\s>/]/.test(text)) state.found = true;
      tail = text.slice(-32);
      yield chunk;
    }
  })();
  return state;
}

function cellText(value: unknown, rowNumber: number, index: number): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return foldText.cell(String(value));
  if ('formula' in value || 'sharedFormula' in value) {
    throw new DomainError(
      'FORMULA_NOT_ALLOWED',
      `Cell ${columnLetters(index)}${rowNumber} holds a formula; paste values only.`,
    );
  }
  if ('richText' in value) return foldText.cell((value.richText as { text: string }[]).map((r) => r.text).join(''));
  if ('text' in value) return foldText.cell(String(value.text));
  if ('error' in value) return foldText.cell(String(value.error));
  return '';
}

function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
