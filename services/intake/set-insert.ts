import { pgArray } from '../store/query/sql.js';
import type { WriteUnit } from '../write/write-unit.js';

/** A column to insert: its PostgreSQL type and one value per row. */
type Column = [type: 'int' | 'int2' | 'text' | 'date', values: readonly (string | number | null)[]];

/** Rows per statement: large enough to amortise a round trip, small enough to keep each array modest. */
const CHUNK = 20_000;

async function run(w: WriteUnit, text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  return w.em.getConnection().execute(text, values, 'all', w.em.getTransactionContext());
}

/** `n` ids drawn from the table's sequence, so rows of several tables can name each other before they are written. */
export async function nextIds(w: WriteUnit, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await run(w, `select nextval(pg_get_serial_sequence(?, 'id'))::int as id from generate_series(1, ?)`, [
    table,
    n,
  ]);
  return rows.map((r) => r.id as number);
}

/**
 * Inserts the rows set-based, in the write's transaction: one `insert … select from unnest(…)`
 * per chunk, each column bound as one array parameter, whatever the number of rows.
 */
export async function insertRows(w: WriteUnit, table: string, columns: Record<string, Column>): Promise<void> {
  const names = Object.keys(columns);
  const entries = Object.values(columns);
  const total = entries[0]?.[1].length ?? 0;
  for (let start = 0; start < total; start += CHUNK) {
    const arrays = entries.map(([, values]) => pgArray(values.slice(start, start + CHUNK)));
    const unnest = entries.map(([type]) => `?::${type}[]`).join(', ');
    await run(
      w,
      `insert into "${table}" (${names.map((n) => `"${n}"`).join(', ')}) select * from unnest(${unnest})`,
      arrays,
    );
  }
}
