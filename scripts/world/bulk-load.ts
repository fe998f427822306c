import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { RebuildIndexes } from './deferred-indexes.js';
import type { WorldTable } from './world-table.js';

const AHEAD_BYTES = 64 * 2 ** 20;

export interface LoadProgress {
  table: string;
  tableRows: number;
  tableTotal: number;
  rows: number;
  total: number;
}

/**
 * Streams tables into freshly truncated tables with `COPY ... FROM STDIN (FREEZE)`, then rebuilds
 * each one's indexes and statistics. The caller owns the transaction: a failure anywhere leaves
 * nothing behind.
 */
export async function copyTables(
  client: pg.ClientBase,
  tables: readonly WorldTable[],
  rebuild: RebuildIndexes,
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<Record<string, number>> {
  const total = tables.reduce((s, t) => s + t.rowCount, 0);
  const counts: Record<string, number> = {};
  let rows = 0;
  let rebuilding: Promise<void> = Promise.resolve();
  for (const table of tables) {
    let tableRows = 0;
    const chunks = (function* () {
      for (const chunk of table.chunks()) {
        const n = countLines(chunk);
        tableRows += n;
        rows += n;
        onProgress({ table: table.name, tableRows, tableTotal: table.rowCount, rows, total });
        yield chunk;
      }
    })();
    // The connection is busy until the previous table's indexes are built: encode ahead meanwhile.
    const ahead = await encodeAhead(chunks, rebuilding);
    await rebuilding;
    const columns = table.columns.map((c) => `"${c}"`).join(', ');
    const sink = client.query(copyFrom(`copy "${table.name}" (${columns}) from stdin with (freeze)`));
    await pipeline(Readable.from(concat(ahead, chunks), { objectMode: false }), sink);
    counts[table.name] = tableRows;
    // The table is complete: its indexes and planner statistics are built while the next one is encoded.
    rebuilding = rebuild(table.name)
      .then(() => client.query(`analyze "${table.name}"`))
      .then(() => {});
  }
  await rebuilding;
  return counts;
}

/** Pulls chunks until `busy` settles or the buffer is full, yielding to the event loop between chunks. */
async function encodeAhead(chunks: Iterator<string>, busy: Promise<unknown>): Promise<string[]> {
  let settled = false;
  busy.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  const ahead: string[] = [];
  let bytes = 0;
  await new Promise(setImmediate);
  while (!settled && bytes < AHEAD_BYTES) {
    const next = chunks.next();
    if (next.done) break;
    ahead.push(next.value);
    bytes += next.value.length;
    await new Promise(setImmediate);
  }
  return ahead;
}

function* concat(first: string[], rest: Iterator<string>): Generator<string> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
