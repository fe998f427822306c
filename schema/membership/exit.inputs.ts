import { Field, ID, InputType } from 'type-graphql';
import type { RecordExitInput as ExitService } from '../../services/membership/exit-rules.js';
import type { ExitReason as Reason } from '../../services/membership/membership-event.entity.js';
import type { ActingBody as ActingBodyValue } from '../../services/oversight/oversight-record.entity.js';
import { correctionOf } from '../corrections/correction-of.js';
import { inputId } from '../input-id.js';
import { ActingBody } from '../oversight/oversight-enums.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ExitReason } from './membership-enums.type.js';

@InputType('RecordExitInput', {
  description:
    'A member leaving the Party (ra khỏi Đảng). An EXPULSION needs its decision: disciplinaryActionId, or actingCommitteeId to record it in the same call.',
})
export class RecordExitInput {
  @Field(() => ID, { description: "The Member; still on the city's roll." })
  memberId!: string;

  @Field(() => ExitReason, { description: 'DEATH, EXPULSION (khai trừ), REMOVAL (xóa tên) or RESIGNATION.' })
  reason!: Reason;

  @Field(() => DateScalar, {
    description: "The day they leave; not before their latest event, nor before the expulsion's decision.",
  })
  leftOn!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'EXPULSION only: the DisciplinaryAction of form EXPULSION against this member that orders it.',
  })
  disciplinaryActionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'EXPULSION only, instead of disciplinaryActionId: the committee deciding the expulsion now, dated leftOn (the member must sit below it).',
  })
  actingCommitteeId?: string | null;

  @Field(() => ActingBody, {
    nullable: true,
    description: 'With actingCommitteeId: the committee itself (default) or its inspection commission.',
  })
  actingBody?: ActingBodyValue | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The exit (a MembershipEvent of kind EXIT) this one corrects: it is voided, the member back on the roll, and this exit replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected exit is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): ExitService {
    return {
      memberId: inputId(this.memberId, 'memberId', 'Member'),
      reason: this.reason,
      leftOn: this.leftOn,
      disciplinaryActionId: inputId(this.disciplinaryActionId, 'disciplinaryActionId', 'DisciplinaryAction'),
      actingCommitteeId: inputId(this.actingCommitteeId, 'actingCommitteeId', 'Organisation'),
      actingBody: this.actingBody ?? undefined,
      ...correctionOf(this),
    };
  }
}
