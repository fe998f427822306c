import { DomainError } from '../services/errors.js';
import type { Query } from './duckdb-store.js';

/** The organisation whose subtree a question counts. */
export interface Scope {
  id: number;
  name: string;
  kind: string;
}

/** `id`'s organisation, or by default the city: the city committee at the root of the party tree. */
export async function resolveScope(
  query: Query,
  id: number | undefined,
  field: readonly (string | number)[] = ['scope'],
): Promise<Scope> {
  const [row] =
    id === undefined
      ? await query('select id, name, kind from city')
      : Number.isSafeInteger(id)
        ? await query('select id, name, kind from org where id = $1', [id])
        : [];
  if (!row) {
    const reason =
      id === undefined
        ? 'the replica holds no city committee to default to'
        : `organisation ${id} is not in the analytics replica (synced from PostgreSQL)`;
    throw new DomainError('INVALID_SCOPE', `Invalid scope: ${reason}`, field);
  }
  return { id: Number(row.id), name: String(row.name), kind: String(row.kind) };
}
