import { Field, ID, InputType } from 'type-graphql';
import type {
  TransferInInput as InService,
  TransferMemberInput as MemberService,
  TransferOutInput as OutService,
} from '../../services/membership/transfer-rules.js';
import { correctionOf } from '../corrections/correction-of.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { NewPersonInput } from './admission.inputs.js';

@InputType('TransferMemberInput', {
  description: 'A transfer (chuyển sinh hoạt) of a member from the cell they sit in to another cell of the city.',
})
export class TransferMemberInput {
  @Field(() => ID, { description: "The Member; still on the city's roll." })
  memberId!: string;

  @Field(() => ID, { description: 'The cell (CELL or GRASSROOTS_CELL) the member joins; open on the day.' })
  toCellId!: string;

  @Field(() => DateScalar, { description: "The day of the transfer; not before the member's latest event." })
  transferredOn!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The transfer (its TRANSFER_OUT MembershipEvent) this one corrects: both halves are voided, the member back in the cell they left, and this transfer replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): MemberService {
    return {
      memberId: inputId(this.memberId, 'memberId', 'Member'),
      toCellId: inputId(this.toCellId, 'toCellId', 'Organisation'),
      transferredOn: this.transferredOn,
      ...correctionOf(this),
    };
  }
}

@InputType('TransferOutInput', {
  description: "A transfer of a member out of the city's organisations (to another province or the central bloc).",
})
export class TransferOutInput {
  @Field(() => ID, { description: "The Member; still on the city's roll." })
  memberId!: string;

  @Field(() => DateScalar, { description: "The day they leave the city's roll; not before their latest event." })
  transferredOn!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The transfer out (a MembershipEvent of kind TRANSFER_OUT) this one corrects: it is voided, the member back on the roll, and this transfer replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): OutService {
    return {
      memberId: inputId(this.memberId, 'memberId', 'Member'),
      transferredOn: this.transferredOn,
      ...correctionOf(this),
    };
  }
}

@InputType('TransferInInput', {
  description:
    'A member admitted elsewhere arriving in a cell of the city: give personId for someone on record or person for a new one.',
})
export class TransferInInput {
  @Field(() => ID, { nullable: true, description: 'An existing Person who has never been a member here.' })
  personId?: string | null;

  @Field(() => NewPersonInput, { nullable: true, description: 'A new person, recorded with the arrival.' })
  person?: NewPersonInput | null;

  @Field(() => ID, { description: 'The cell (CELL or GRASSROOTS_CELL) they join; open on the day of arrival.' })
  cellId!: string;

  @Field(() => DateScalar, { description: 'The day they were admitted to the Party, elsewhere; at 18 or older.' })
  admittedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day full membership was recognised, when before the arrival (on or after the probation end); absent: probationary.',
  })
  fullMemberOn?: string | null;

  @Field(() => DateScalar, { description: "The day they join the city's roll; the members stock counts them from it." })
  arrivedOn!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The Member a wrongly entered arrival (or admission) created: it is voided with the event that brought it, and the new member replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): InService {
    return {
      personId: inputId(this.personId, 'personId', 'Person'),
      person: this.person?.toService(),
      cellId: inputId(this.cellId, 'cellId', 'Organisation'),
      admittedOn: this.admittedOn,
      fullMemberOn: this.fullMemberOn ?? undefined,
      arrivedOn: this.arrivedOn,
      ...correctionOf(this),
    };
  }
}
