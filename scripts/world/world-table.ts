export type CellValue = string | number | null;

/** One table of the generated world, ready for `COPY <name> (<columns>) FROM STDIN`. */
export interface WorldTable {
  name: string;
  columns: readonly string[];
  rowCount: number;
  /** The rows in COPY text format, in id order, a few thousand per chunk. */
  chunks(): Iterable<string>;
}

const ROWS_PER_CHUNK = 4096;

/** A table from its rows already encoded as COPY text lines (see copyLine). */
export function worldTable(
  name: string,
  columns: readonly string[],
  rowCount: number,
  lines: () => Iterable<string>,
): WorldTable {
  return {
    name,
    columns,
    rowCount,
    *chunks() {
      let chunk = '';
      let n = 0;
      for (const line of lines()) {
        chunk += line;
        if (++n === ROWS_PER_CHUNK) {
          yield chunk;
          chunk = '';
          n = 0;
        }
      }
      if (n > 0) yield chunk;
    },
  };
}

/** One row in COPY text format: tab-separated, \\N for null, backslash escapes, newline-terminated. */
export function copyLine(row: readonly CellValue[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (i > 0) line += '\t';
    if (v === null || v === undefined) line += '\\N';
    else if (typeof v === 'number') line += String(v);
    else line += /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, escapeChar) : v;
  }
  return `${line}\n`;
}

function escapeChar(c: string): string {
  return { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }[c] as string;
}
