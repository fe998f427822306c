import { Field, ID, InputType } from 'type-graphql';
import type { ConfirmFullMembershipInput as ConfirmService } from '../../services/membership/full-membership-rules.js';
import { correctionOf } from '../corrections/correction-of.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';

@InputType('ConfirmFullMembershipInput', {
  description: 'Recognition of a probationary member as a full member (công nhận đảng viên chính thức).',
})
export class ConfirmFullMembershipInput {
  @Field(() => ID, { description: "The probationary Member; still on the city's roll." })
  memberId!: string;

  @Field(() => DateScalar, { description: 'The day of recognition; on or after the last day of the probation.' })
  confirmedOn!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The full membership (a MembershipEvent of kind FULL_MEMBERSHIP) this one corrects: it is voided, the member probationary again, and this recognition replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected full membership is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): ConfirmService {
    return {
      memberId: inputId(this.memberId, 'memberId', 'Member'),
      confirmedOn: this.confirmedOn,
      ...correctionOf(this),
    };
  }
}
