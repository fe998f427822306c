import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';

/** Adds `scope: Organisation!` to an analytics answer carrying `scopeId`, loaded through the request's batch. */
export function scopeFieldResolver(type: ClassType<{ scopeId: number }>): ClassType {
  @Resolver(() => type)
  class ScopeFieldResolver {
    @FieldResolver(() => OrganisationType, { description: 'The organisation whose subtree was counted.' })
    scope(@Root() answer: { scopeId: number }, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
      return ctx.loaders.entities.of(Organisation).load(answer.scopeId);
    }
  }
  return ScopeFieldResolver;
}
