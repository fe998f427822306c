import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadContext } from '../../duckdb-store.js';
import type { ExportTable } from '../export-table.js';
import { tableRows } from './table-rows.js';

/** `{ name, title, columns, rows: [ {column: value} ] }`, streamed row by row so extracts never sit in memory. */
export async function writeJson(file: string, table: ExportTable, replica: ReadContext): Promise<number> {
  let rows = 0;
  const chunks = async function* () {
    const { name, title, columns } = table;
    yield `{"name":${JSON.stringify(name)},"title":${JSON.stringify(title)},"columns":${JSON.stringify(columns)},"rows":[`;
    for await (const batch of tableRows(table, replica)) {
      const text = batch.map((r) => JSON.stringify(r)).join(',\n');
      yield rows === 0 ? `\n${text}` : `,\n${text}`;
      rows += batch.length;
    }
    yield '\n]}\n';
  };
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return rows;
}
