import type { EntityManager } from '@mikro-orm/postgresql';
import { type AccessScope, scopeCovers } from '../../services/access/access-scope.js';
import { DomainError } from '../../services/errors.js';
import type { FieldPath } from './at-field.js';
import type { ExportSpec } from './export-spec.js';

/**
 * Every organisation code a spec names exists in PostgreSQL (INVALID_SCOPE at the first that does
 * not) and lies inside `within`, the scope of the caller defining it (FORBIDDEN otherwise): an
 * export answers only what its owner may read.
 */
export async function checkScopes(
  em: EntityManager,
  spec: ExportSpec,
  prefix: FieldPath,
  within: AccessScope,
): Promise<void> {
  const codes = [...new Set(spec.tables.flatMap((t) => (t.scope === undefined ? [] : [t.scope])))];
  if (codes.length === 0) return;
  const found = await em
    .getConnection()
    .execute<{ code: string; path: number[] }[]>('select code, path from organisation where code in (?)', [codes]);
  const paths = new Map(found.map((r) => [r.code, r.path]));
  for (const [i, table] of spec.tables.entries()) {
    if (table.scope === undefined) continue;
    const at = [...prefix, 'tables', i, 'scope'];
    const path = paths.get(table.scope);
    if (!path) throw new DomainError('INVALID_SCOPE', `Invalid scope: no organisation has code "${table.scope}"`, at);
    if (!scopeCovers(within, path)) {
      throw new DomainError('FORBIDDEN', `${table.scope} lies outside your scope (${within.code}).`, at);
    }
  }
}
