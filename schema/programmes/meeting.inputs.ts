import { Field, ID, InputType } from 'type-graphql';
import type { ParticipantRole as Role } from '../../services/programmes/meeting-participant.entity.js';
import type { RecordMeetingInput as RecordService } from '../../services/programmes/meeting-rules.js';
import { correctionOf } from '../corrections/correction-of.js';
import { inputId } from '../input-id.js';
import { fromGlobalId } from '../relay/global-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ParticipantRole } from './programmes-enums.type.js';

@InputType('MeetingParticipantInput', { description: 'A person at a meeting being recorded.' })
export class MeetingParticipantInput {
  @Field(() => ID, { description: 'The Person.' })
  personId!: string;

  @Field(() => ParticipantRole, { description: 'CHAIR (one at least) or ATTENDEE.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The capacity they took part in, e.g. "Trưởng Ban Chỉ đạo".' })
  roleLabel?: string | null;
}

@InputType('RecordMeetingInput', {
  description: 'A meeting (hội nghị) held by a body, with its participants in protocol order and its documents.',
})
export class RecordMeetingInput {
  @Field(() => ID, { description: 'The Organisation that held it; it must exist on the day.' })
  bodyId!: string;

  @Field(() => DateScalar, { description: 'The day it was held; not after today.' })
  heldOn!: string;

  @Field(() => String, { description: 'Its title, e.g. "Hội nghị sơ kết 6 tháng đầu năm".' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it was for.' })
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'The Programme it was about, if any.' })
  programmeId?: string | null;

  @Field(() => [MeetingParticipantInput], {
    description: 'Chairs and attendees in protocol order, a CHAIR among them.',
  })
  participants!: MeetingParticipantInput[];

  @Field(() => [ID], { nullable: true, description: 'The Documents discussed or adopted.' })
  documentIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The record of this kind this one corrects: it is voided and the new one replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): RecordService {
    return {
      bodyId: inputId(this.bodyId, 'bodyId', 'Organisation'),
      heldOn: this.heldOn,
      title: this.title,
      purpose: this.purpose ?? undefined,
      programmeId: inputId(this.programmeId, 'programmeId', 'Programme'),
      participants: this.participants.map((p, i) => ({
        personId: fromGlobalId(p.personId, ['input', 'participants', i, 'personId'], 'Person').id,
        role: p.role,
        roleLabel: p.roleLabel ?? undefined,
      })),
      documentIds: this.documentIds?.map((id, i) => fromGlobalId(id, ['input', 'documentIds', i], 'Document').id),
      ...correctionOf(this),
    };
  }
}
