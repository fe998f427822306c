import { callerCan } from '../../services/access/caller.js';
import { DomainError } from '../../services/errors.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
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

/**
 * The subtree an analytics question may count for this caller: the one asked for if the caller may
 * see it (FORBIDDEN otherwise), else the caller's own scope (the city for the whole forest).
 */
export async function questionScope(
  ctx: GraphQLContext,
  scope: string | null | undefined,
): Promise<number | undefined> {
  const id = scopeIdOf(scope);
  if (id === undefined) return ctx.caller.scope.organisationId ?? undefined;
  if (ctx.caller.scope.organisationId !== null && !(await ctx.loaders.entities.of(Organisation).load(id))) {
    throw new DomainError('FORBIDDEN', `This scope lies outside yours (${ctx.caller.scope.code}).`, ['scope']);
  }
  return id;
}

/** Whether the caller's answers may show personal data unfolded (small groups, filters by education). */
export function mayReadPersonal(ctx: GraphQLContext): boolean {
  return callerCan(ctx.caller, 'personal');
}
