/**
 * The part of the organisation forest a credential may see and change: the subtree of one
 * organisation, or the whole forest (every root: the Party, state and front trees of the city).
 */
export interface AccessScope {
  /** The scope's root organisation; null for the whole forest. */
  organisationId: number | null;
  /** The root's code, or "*" for the whole forest, as credentials name it. */
  code: string;
  /** The root's ancestor path (root of its tree first, itself last); empty for the whole forest. */
  path: readonly number[];
}

export const WHOLE_FOREST: AccessScope = { organisationId: null, code: '*', path: [] };

/** True when an organisation with this `path` (its ancestors and itself) lies in the scope. */
export function scopeCovers(scope: AccessScope, path: readonly number[]): boolean {
  return scope.organisationId === null || path.includes(scope.organisationId);
}

/** True when `inner` lies wholly inside `outer`, so a credential of `outer` may hand out `inner`. */
export function scopeContains(outer: AccessScope, inner: AccessScope): boolean {
  if (outer.organisationId === null) return true;
  return inner.organisationId !== null && inner.path.includes(outer.organisationId);
}
