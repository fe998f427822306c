import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ReadContext } from '../../duckdb-store.js';
import type { ExportTable } from '../export-table.js';
import { tableRows } from './table-rows.js';

/** RFC 4180: CRLF line ends, fields quoted when needed, UTF-8; a byte-order mark on request (for Excel). */
export async function writeCsv(file: string, table: ExportTable, replica: ReadContext, bom: boolean): Promise<number> {
  let rows = 0;
  const records = async function* () {
    for await (const batch of tableRows(table, replica)) {
      rows += batch.length;
      yield* batch;
    }
  };
  await pipeline(
    Readable.from(records()),
    stringify({ header: true, columns: table.columns.map((c) => c.id), bom, record_delimiter: 'windows' }),
    createWriteStream(file),
  );
  return rows;
}
