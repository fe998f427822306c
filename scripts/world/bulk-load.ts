import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { WorldTable } from './world-table.js';

export interface LoadProgress {
  table: string;
  tableRows: number;
  tableTotal: number;
  rows: number;
  total: number;
}

/**
 * Streams tables into freshly truncated tables with `COPY ... FROM STDIN (FREEZE)`. The caller
 * owns the transaction: a failure anywhere leaves nothing behind.
 */
export async function copyTables(
  client: pg.ClientBase,
  tables: readonly WorldTable[],
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<Record<string, number>> {
  const total = tables.reduce((s, t) => s + t.rowCount, 0);
  const counts: Record<string, number> = {};
  let rows = 0;
  for (const table of tables) {
    let tableRows = 0;
    const counted = function* () {
      for (const chunk of table.chunks()) {
        const n = countLines(chunk);
        tableRows += n;
        rows += n;
        onProgress({ table: table.name, tableRows, tableTotal: table.rowCount, rows, total });
        yield chunk;
      }
    };
    const columns = table.columns.map((c) => `"${c}"`).join(', ');
    const sink = client.query(copyFrom(`copy "${table.name}" (${columns}) from stdin with (freeze)`));
    await pipeline(Readable.from(counted(), { objectMode: false }), sink);
    counts[table.name] = tableRows;
  }
  return counts;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
