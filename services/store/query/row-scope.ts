import type { Sql } from './sql.js';

/**
 * Which rows of a table one request may see, as a condition on the table's alias (null: all of
 * them). The loaders apply it to every statement they build; access control supplies it.
 */
export interface RowScope {
  where(table: string, alias: string): Sql | null;
}

/** Every row: for the platform's own work (world loading, exports run by the system). */
export const ALL_ROWS: RowScope = { where: () => null };
