import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { AdministrativeUnit } from '../../services/hierarchy/administrative-unit.entity.js';
import type { IndexScore } from '../../services/programmes/index-score.entity.js';
import type { GraphQLContext } from '../context.js';
import { AdministrativeUnitType } from '../hierarchy/administrative-unit.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { IndexScoreConnection, IndexScoreType } from './index-score.type.js';
import { IndexScoresArgs } from './index-scores.args.js';

@Resolver(() => IndexScoreType)
export class IndexScoreResolver {
  @Query(() => IndexScoreConnection, { description: 'Governance index scores (PAR INDEX, SIPAS, PAPI), newest first.' })
  indexScores(
    @Args(() => IndexScoresArgs) args: IndexScoresArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.programmes.indexScores, 0, args, () => args.toList(), info);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The province scored.' })
  unit(@Root() s: IndexScore, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(AdministrativeUnit, s.unit);
  }
}
