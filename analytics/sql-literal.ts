/** A string as a DuckDB SQL literal, for the few values the engine's own code writes into statements. */
export const sqlLiteral = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Values as the list of an SQL `in (...)`. */
export const sqlList = (values: readonly string[]): string => values.map(sqlLiteral).join(', ');

/** A validated ISO day as a DuckDB DATE literal. */
export const sqlDate = (iso: string): string => `DATE '${iso}'`;
