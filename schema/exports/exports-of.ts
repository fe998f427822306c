import type { Exports } from '../../analytics/exports/exports.js';
import { DomainError } from '../../services/errors.js';
import type { GraphQLContext } from '../context.js';

/** The request's export side, or EXPORTS_UNAVAILABLE when the server runs without it. */
export function exportsOf(ctx: GraphQLContext): Exports {
  if (!ctx.exports) throw new DomainError('EXPORTS_UNAVAILABLE', 'Exports are not running on this server');
  return ctx.exports;
}
