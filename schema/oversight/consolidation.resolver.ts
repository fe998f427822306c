import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Consolidation } from '../../services/oversight/consolidation.entity.js';
import { Designation } from '../../services/oversight/designation.entity.js';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { ConsolidationConnection, ConsolidationType } from './consolidation.type.js';
import { ConsolidationsArgs } from './consolidations.args.js';
import { DesignationType } from './designation.type.js';

@Resolver(() => ConsolidationType)
export class ConsolidationResolver {
  @Query(() => ConsolidationConnection, {
    description: 'Consolidations of designated organisations, by subtree and dates.',
  })
  consolidations(
    @Args(() => ConsolidationsArgs) args: ConsolidationsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.consolidations, 0, args, () => args.toList(), info);
  }

  @FieldResolver(() => DesignationType, { description: 'The designation this consolidation closes.' })
  designation(@Root() c: Consolidation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Designation, c.designation);
  }
}
