import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../services/errors.js';
import type { FieldPath } from './at-field.js';
import type { ExportSpec } from './export-spec.js';

/** Every organisation code a spec names exists in PostgreSQL; INVALID_SCOPE at the first that does not. */
export async function checkScopes(em: EntityManager, spec: ExportSpec, prefix: FieldPath): Promise<void> {
  const codes = [...new Set(spec.tables.flatMap((t) => (t.scope === undefined ? [] : [t.scope])))];
  if (codes.length === 0) return;
  const found = await em
    .getConnection()
    .execute<{ code: string }[]>('select code from organisation where code in (?)', [codes]);
  const known = new Set(found.map((r) => r.code));
  const i = spec.tables.findIndex((t) => t.scope !== undefined && !known.has(t.scope));
  if (i >= 0) {
    const code = spec.tables[i]?.scope;
    throw new DomainError('INVALID_SCOPE', `Invalid scope: no organisation has code "${code}"`, [
      ...prefix,
      'tables',
      i,
      'scope',
    ]);
  }
}
