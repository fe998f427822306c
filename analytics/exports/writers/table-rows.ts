import type { ReadContext } from '../../duckdb-store.js';
import type { ExportRow, ExportTable } from '../export-table.js';

/** A table's rows in batches: its own rows at once, or an extract streamed from the pinned replica. */
export async function* tableRows(table: ExportTable, replica: ReadContext): AsyncGenerator<ExportRow[]> {
  if (table.rows) {
    yield [...table.rows];
    return;
  }
  if (table.select) yield* replica.stream(table.select.sql, table.select.params) as AsyncIterable<ExportRow[]>;
}
