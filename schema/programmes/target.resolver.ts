import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { Target } from '../../services/programmes/target.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { TargetConnection, TargetType } from './target.type.js';
import { TargetsArgs } from './targets.args.js';

@Resolver(() => TargetType)
export class TargetResolver {
  @Query(() => TargetConnection, { description: 'Plan targets, by metric, period and scope.' })
  targets(@Args(() => TargetsArgs) args: TargetsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadConnection(ctx.loaders.programmes.targets, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => OrganisationType, { description: 'The organisation whose subtree the target covers.' })
  scope(@Root() t: Target, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, t.scope);
  }
}
