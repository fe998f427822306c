import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ProgrammeItem } from '../../services/programmes/programme-item.entity.js';
import { ProgrammeItemStatusService } from '../../services/programmes/programme-item-status.service.js';
import type { GraphQLContext } from '../context.js';
import { ProgrammeItemType } from './programme-item.type.js';
import { SetProgrammeItemStatusInput } from './programme-item-status.inputs.js';

@Resolver()
export class ProgrammeItemStatusMutations {
  @Mutation(() => ProgrammeItemType, {
    description:
      'Adds a change to an item’s status history, effective from a day. Refusals: STATUS_OUT_OF_ORDER ' +
      '(not after the latest change), STATUS_UNCHANGED, DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND.',
  })
  setProgrammeItemStatus(
    @Arg('input', () => SetProgrammeItemStatusInput, {
      description: 'The item, its new status and the day it takes effect.',
    })
    input: SetProgrammeItemStatusInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProgrammeItem> {
    return new ProgrammeItemStatusService(ctx).set(input.toService());
  }
}
