import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ExitService } from '../../services/membership/exit.service.js';
import { FullMembershipService } from '../../services/membership/full-membership.service.js';
import type { Member } from '../../services/membership/member.entity.js';
import { TransferService } from '../../services/membership/transfer.service.js';
import type { GraphQLContext } from '../context.js';
import { RecordExitInput } from './exit.inputs.js';
import { ConfirmFullMembershipInput } from './full-membership.inputs.js';
import { MemberType } from './member.type.js';
import { TransferInInput, TransferMemberInput, TransferOutInput } from './transfer.inputs.js';

/** The steps of a membership after admission: transfers, full membership, exits; each returns the member. */
@Resolver()
export class MembershipStepMutations {
  @Mutation(() => MemberType, {
    description:
      'Transfers a member from the cell they sit in to another cell of the city (a transfer-out and a transfer-in event). ' +
      'Refusals: SAME_CELL, NOT_A_CELL, MEMBER_LEFT, EVENT_OUT_OF_ORDER, LATER_RECORDS_EXIST, ORGANISATION_DISSOLVED, DATE_BEFORE_SUBJECT, ' +
      'DATE_IN_FUTURE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  transferMember(
    @Arg('input', () => TransferMemberInput, { description: 'The member, the cell they join and the day.' })
    input: TransferMemberInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Member> {
    return new TransferService(ctx).transferMember(input.toService());
  }

  @Mutation(() => MemberType, {
    description:
      "Transfers a member out of the city's organisations: they leave the roll that day (status TRANSFERRED_OUT). " +
      'Refusals: MEMBER_LEFT, EVENT_OUT_OF_ORDER, LATER_RECORDS_EXIST, DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, ' +
      'FORBIDDEN, BAD_USER_INPUT.',
  })
  transferOut(
    @Arg('input', () => TransferOutInput, { description: 'The member and the day they leave.' })
    input: TransferOutInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Member> {
    return new TransferService(ctx).transferOut(input.toService());
  }

  @Mutation(() => MemberType, {
    description:
      'Records a member admitted elsewhere arriving in a cell of the city (a transfer-in event; not an admission). ' +
      'Refusals: ALREADY_MEMBER, UNDER_AGE, PROBATION_NOT_OVER, EVENT_OUT_OF_ORDER, NOT_A_CELL, ORGANISATION_DISSOLVED, ' +
      'DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  transferIn(
    @Arg('input', () => TransferInInput, {
      description: 'The person, the cell, their admission and the day they arrive.',
    })
    input: TransferInInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Member> {
    return new TransferService(ctx).transferIn(input.toService());
  }

  @Mutation(() => MemberType, {
    description:
      'Records a member leaving the Party for a reason (an exit event in their cell; status EXITED). An expulsion ' +
      'follows its disciplinary decision, on record or made in the same call. Refusals: NO_EXPULSION_DECISION, ' +
      'MEMBER_LEFT, EVENT_OUT_OF_ORDER, LATER_RECORDS_EXIST, OUTSIDE_JURISDICTION, NOT_A_COMMITTEE, NO_INSPECTION_COMMISSION, ' +
      'DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. With corrects, the exit it names is voided ' +
      'first, in the same write (NOT_THE_SAME_KIND for another record or another kind of membership event, ALREADY_VOIDED, HAS_DEPENDANTS).',
  })
  recordExit(
    @Arg('input', () => RecordExitInput, {
      description: 'The member, the reason, the day and an expulsion’s decision.',
    })
    input: RecordExitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Member> {
    return new ExitService(ctx).recordExit(input.toService());
  }

  @Mutation(() => MemberType, {
    description:
      'Recognises a probationary member as a full member (a full-membership event in their cell). Refusals: ' +
      'PROBATION_NOT_OVER, ALREADY_FULL_MEMBER, MEMBER_LEFT, EVENT_OUT_OF_ORDER, DATE_IN_FUTURE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. ' +
      'With corrects, the full membership it names is voided first, in the same write (NOT_THE_SAME_KIND for another record ' +
      'or another kind of membership event, ALREADY_VOIDED, HAS_DEPENDANTS).',
  })
  confirmFullMembership(
    @Arg('input', () => ConfirmFullMembershipInput, { description: 'The member and the day of recognition.' })
    input: ConfirmFullMembershipInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Member> {
    return new FullMembershipService(ctx).confirmFullMembership(input.toService());
  }
}
