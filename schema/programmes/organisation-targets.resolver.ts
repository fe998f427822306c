import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { TargetConnection } from './target.type.js';
import { TargetsArgs } from './targets.args.js';

/** The plan targets set for an organisation's subtree. */
@Resolver(() => OrganisationType)
export class OrganisationTargetsResolver {
  @FieldResolver(() => TargetConnection, { description: 'Targets set for this organisation (its subtree).' })
  targets(
    @Root() o: Organisation,
    @Args(() => TargetsArgs) args: TargetsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.programmes.targets, o.id, args, () => args.toList('scope'), info);
  }
}
