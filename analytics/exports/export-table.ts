import type { SqlParam } from '../duckdb-store.js';

export type ColumnType = 'date' | 'integer' | 'number' | 'text';

/** A column of an exported table: its id (CSV, Parquet and JSON name), Vietnamese header (XLSX) and type. */
export interface ExportColumn {
  id: string;
  header: string;
  type: ColumnType;
}

export type ExportRow = Record<string, string | number | null>;

/**
 * One table ready to write: small answers carry their rows; extracts carry the replica SELECT that
 * streams them (and that DuckDB copies to Parquet itself), with the row count known beforehand.
 */
export interface ExportTable {
  name: string;
  /** Title row of the sheet: what, which period, which scope. */
  title: string;
  columns: readonly ExportColumn[];
  rowCount: number;
  rows?: readonly ExportRow[];
  select?: { sql: string; params: SqlParam[] };
}
