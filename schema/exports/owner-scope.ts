import type { ExportOutput } from '../../services/exports/export-output.entity.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';

export const OWNER_SCOPE_DESCRIPTION =
  'The organisation whose subtree it reads and who may see it: the scope of whoever defined it; null for the whole forest.';

/** The owner scope of a schedule or run, through the request's row-scoped loaders. */
export function ownerScopeOf(output: ExportOutput, ctx: GraphQLContext) {
  return ctx.loaders.entities.ref(Organisation, output.ownerScope);
}
