import { Field, ID, InputType } from 'type-graphql';
import type { ConfirmFullMembershipInput as ConfirmService } from '../../services/membership/full-membership-rules.js';
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

  toService(): ConfirmService {
    return { memberId: inputId(this.memberId, 'memberId', 'Member'), confirmedOn: this.confirmedOn };
  }
}
