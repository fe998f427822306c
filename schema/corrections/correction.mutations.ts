import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { CorrectionService } from '../../services/corrections/correction.service.js';
import type { VoidableEntity } from '../../services/corrections/voidable.entity.js';
import type { GraphQLContext } from '../context.js';
import { VoidRecordInput } from './void-record.inputs.js';
import { VoidableRecordType } from './voidable-record.type.js';

@Resolver()
export class CorrectionMutations {
  @Mutation(() => VoidableRecordType, {
    description:
      'Voids a record entered wrongly (nothing is deleted): it keeps its row, with when, by whom and why, and drops ' +
      'out of lists and analytics. An admission (Member) is voided with its admission event, a transfer with its ' +
      'other half. Refusals: HAS_DEPENDANTS (extensions.dependants lists them), ALREADY_VOIDED, NOT_VOIDABLE, ' +
      'FORBIDDEN, NOT_FOUND, INVALID_ID, BAD_USER_INPUT.',
  })
  voidRecord(
    @Arg('input', () => VoidRecordInput, { description: 'The record and the reason.' }) input: VoidRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VoidableEntity> {
    return new CorrectionService(ctx).voidRecord(input.toService());
  }
}
