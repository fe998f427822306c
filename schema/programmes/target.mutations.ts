import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Target } from '../../services/programmes/target.entity.js';
import { TargetService } from '../../services/programmes/target.service.js';
import type { GraphQLContext } from '../context.js';
import { SetTargetInput } from './target.inputs.js';
import { TargetType } from './target.type.js';

@Resolver()
export class TargetMutations {
  @Mutation(() => TargetType, {
    description:
      'Sets (or replaces) the target of a metric for a scope and period, what `attainment` compares with. ' +
      'Refusals: UNKNOWN_METRIC, NOT_FOUND, BAD_USER_INPUT.',
  })
  setTarget(
    @Arg('input', () => SetTargetInput, { description: 'The metric, scope, period and planned value.' })
    input: SetTargetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Target> {
    return new TargetService(ctx).set(input.toService());
  }
}
