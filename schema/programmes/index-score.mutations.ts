import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IndexScore } from '../../services/programmes/index-score.entity.js';
import { IndexScoreService } from '../../services/programmes/index-score.service.js';
import type { GraphQLContext } from '../context.js';
import { RecordIndexScoreInput } from './index-score.inputs.js';
import { IndexScoreType } from './index-score.type.js';

@Resolver()
export class IndexScoreMutations {
  @Mutation(() => IndexScoreType, {
    description:
      "Records a unit's score and rank in a governance index for a year (reference data: a credential of the whole " +
      'forest). Refusals: ALREADY_RECORDED, DATE_IN_FUTURE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  recordIndexScore(
    @Arg('input', () => RecordIndexScoreInput, { description: 'The index, year, unit, score and rank.' })
    input: RecordIndexScoreInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IndexScore> {
    return new IndexScoreService(ctx).record(input.toService());
  }
}
