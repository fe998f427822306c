import type { Query, SqlParam } from '../../duckdb-store.js';
import type { ColumnType, ExportTable } from '../export-table.js';

const DUCK_TYPES: Record<ColumnType, string> = { date: 'DATE', integer: 'BIGINT', number: 'DOUBLE', text: 'VARCHAR' };
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** DuckDB writes the Parquet itself: an extract straight from the replica, an answer from typed parameters. */
export async function writeParquet(file: string, table: ExportTable, query: Query): Promise<number> {
  const source = table.select ?? valuesSelect(table);
  const [copied] = await query(
    `copy (${source.sql}) to ${quote(file)} (format parquet, compression zstd)`,
    source.params,
  );
  return Number(copied?.Count ?? 0);
}

/** The answer's rows as a typed VALUES list; a table without rows still has its typed columns. */
function valuesSelect(table: ExportTable): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const typed = table.columns.map((c) => `${DUCK_TYPES[c.type]}`);
  const names = table.columns.map((c) => `"${c.id}"`).join(', ');
  const rows = (table.rows ?? []).map(
    (row) =>
      `(${table.columns
        .map((c, i) => {
          const v = row[c.id];
          if (v === null || v === undefined) return `null::${typed[i]}`;
          params.push(v);
          return `$${params.length}::${typed[i]}`;
        })
        .join(', ')})`,
  );
  if (rows.length === 0) {
    return {
      sql: `select ${table.columns.map((c, i) => `null::${typed[i]} as "${c.id}"`).join(', ')} limit 0`,
      params,
    };
  }
  return { sql: `select * from (values ${rows.join(', ')}) t(${names})`, params };
}
