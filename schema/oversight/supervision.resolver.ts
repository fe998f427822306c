import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Supervision } from '../../services/oversight/supervision.entity.js';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { SupervisionType as SupervisionKind } from './oversight-enums.type.js';
import { SupervisionConnection, SupervisionType } from './supervision.type.js';
import { SupervisionsArgs } from './supervisions.args.js';

@Resolver(() => SupervisionType)
export class SupervisionResolver {
  @Query(() => SupervisionConnection, {
    description: 'Supervisions, filtered by subtree, subject, type, committee and dates, paginated.',
  })
  supervisions(
    @Args(() => SupervisionsArgs) args: SupervisionsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.supervisions, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => String, { description: 'The type in Vietnamese, e.g. "Giám sát chuyên đề".' })
  typeLabel(@Root() s: Supervision): string {
    return labelOf(SupervisionKind, s.type);
  }
}
