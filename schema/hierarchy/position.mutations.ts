import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Position } from '../../services/hierarchy/position.entity.js';
import { PositionService } from '../../services/hierarchy/position.service.js';
import type { GraphQLContext } from '../context.js';
import { AppointPositionInput, EndPositionInput } from './position.inputs.js';
import { PositionType } from './position.type.js';

@Resolver()
export class PositionMutations {
  @Mutation(() => PositionType, {
    description:
      'Appoints a person to a position. Refusals: POSITION_OCCUPIED, ALREADY_HOLDS_POSITION, END_BEFORE_START, ' +
      'ORGANISATION_DISSOLVED, DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND.',
  })
  appointPosition(
    @Arg('input', () => AppointPositionInput, {
      description: 'Who takes which title in which organisation, from when.',
    })
    input: AppointPositionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Position> {
    return new PositionService(ctx).appoint(input.toService());
  }

  @Mutation(() => PositionType, {
    description: 'Ends an open term. Refusals: POSITION_ALREADY_ENDED, END_BEFORE_START, DATE_IN_FUTURE, NOT_FOUND.',
  })
  endPosition(
    @Arg('input', () => EndPositionInput, { description: 'The term to end and its last day.' }) input: EndPositionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Position> {
    return new PositionService(ctx).end(input.toService());
  }
}
