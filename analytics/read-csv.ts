import type { ReplicaSource } from './replica-sources.js';
import { sqlLiteral } from './sql-literal.js';

/** DuckDB's own CSV reader, told the exact columns so nothing is guessed. */
export function readCsv(source: ReplicaSource, file: string): string {
  const columns = Object.entries(source.columns).map(([name, type]) => `${sqlLiteral(name)}: ${sqlLiteral(type)}`);
  return `select * from read_csv(${sqlLiteral(file)}, columns = {${columns.join(', ')}},
    header = false, auto_detect = false, allow_quoted_nulls = false)`;
}
