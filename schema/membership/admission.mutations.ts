import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AdmissionService } from '../../services/membership/admission.service.js';
import type { Member } from '../../services/membership/member.entity.js';
import type { GraphQLContext } from '../context.js';
import { AdmitMemberInput } from './admission.inputs.js';
import { MemberType } from './member.type.js';

@Resolver()
export class AdmissionMutations {
  @Mutation(() => MemberType, {
    description:
      'Admits a person into a cell as a probationary member, with the admission event. Refusals: ALREADY_MEMBER, ' +
      'NOT_A_CELL, UNDER_AGE, ORGANISATION_DISSOLVED, DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, BAD_USER_INPUT.',
  })
  admitMember(
    @Arg('input', () => AdmitMemberInput, {
      description: 'The person (new or on record), the cell and the day of admission.',
    })
    input: AdmitMemberInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Member> {
    return new AdmissionService(ctx).admitMember(input.toService());
  }
}
