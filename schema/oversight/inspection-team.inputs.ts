import { Field, ID, InputType } from 'type-graphql';
import type { TeamRole as Role } from '../../services/oversight/inspection-team-member.entity.js';
import type { FormInspectionTeamInput as FormService } from '../../services/oversight/inspection-team-rules.js';
import { correctionOf } from '../corrections/correction-of.js';
import { inputId } from '../input-id.js';
import { fromGlobalId } from '../relay/global-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { TeamRole } from './oversight-enums.type.js';

@InputType('InspectionTeamMemberInput', { description: 'A person on a new inspection team.' })
export class InspectionTeamMemberInput {
  @Field(() => ID, { description: 'The Person.' })
  personId!: string;

  @Field(() => TeamRole, { description: 'HEAD (one at least), DEPUTY or MEMBER.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The title they serve under, e.g. "Ủy viên Ban Thường vụ".' })
  roleLabel?: string | null;
}

@InputType('FormInspectionTeamInput', {
  description: 'An inspection team (đoàn kiểm tra) formed by a committee, with its members and documents.',
})
export class FormInspectionTeamInput {
  @Field(() => String, { description: 'Its name, e.g. "Đoàn kiểm tra số 3 của Ban Thường vụ Thành ủy".' })
  name!: string;

  @Field(() => ID, {
    description: 'The party committee, standing committee or inspection commission forming it; it counts there.',
  })
  formedById!: string;

  @Field(() => DateScalar, { description: 'The day it was formed; the forming body must exist then.' })
  formedOn!: string;

  @Field(() => ID, { nullable: true, description: 'The Programme it checks, if any.' })
  programmeId?: string | null;

  @Field(() => [InspectionTeamMemberInput], { description: 'Its members in list order, a HEAD among them.' })
  members!: InspectionTeamMemberInput[];

  @Field(() => [ID], { nullable: true, description: 'The Documents it checks compliance with (e.g. 55-QĐ/TW).' })
  documentIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The record of this kind this one corrects: it is voided and the new one replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): FormService {
    return {
      name: this.name,
      formedById: inputId(this.formedById, 'formedById', 'Organisation'),
      formedOn: this.formedOn,
      programmeId: inputId(this.programmeId, 'programmeId', 'Programme'),
      members: this.members.map((m, i) => ({
        personId: fromGlobalId(m.personId, ['input', 'members', i, 'personId'], 'Person').id,
        role: m.role,
        roleLabel: m.roleLabel ?? undefined,
      })),
      documentIds: this.documentIds?.map((id, i) => fromGlobalId(id, ['input', 'documentIds', i], 'Document').id),
      ...correctionOf(this),
    };
  }
}
