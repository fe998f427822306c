import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.js';
import { queryRows, sql } from '../store/query/sql.js';
import { type AccessScope, WHOLE_FOREST } from './access-scope.js';

/**
 * The scope a credential names: an organisation code, or "*" for the whole forest. An unknown code
 * is NOT_FOUND at `field`.
 */
export async function scopeByCode(
  em: EntityManager,
  code: string,
  field: readonly (string | number)[],
): Promise<AccessScope> {
  if (code === '*') return WHOLE_FOREST;
  const [row] = await queryRows<{ id: number; path: number[] }>(
    em,
    sql`select id, path from organisation where code = ${code}`,
  );
  if (!row) throw new DomainError('NOT_FOUND', `No organisation has the code ${code}.`, field);
  return { organisationId: row.id, code, path: row.path };
}
