import { DomainError } from '../../services/errors.js';
import { fromGlobalId } from '../relay/global-id.js';

/** The organisation id behind a `scope` argument; a malformed or foreign id is INVALID_SCOPE. */
export function scopeIdOf(scope: string | null | undefined): number | undefined {
  if (scope == null) return undefined;
  try {
    return fromGlobalId(scope, ['scope'], 'Organisation').id;
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError('INVALID_SCOPE', `Invalid scope: ${e.message}`, ['scope']);
    throw e;
  }
}
