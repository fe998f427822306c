import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { DomainError } from '../errors.js';
import { inputFields } from '../write/input-fields.js';
import { type FieldPath, fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { type LiveMember, liveMemberOn, type MemberOnRecord } from './member-timeline.js';

const confirmFullMembershipInput = z.object({
  memberId: inputFields.id,
  confirmedOn: inputFields.day,
  ...correctionFields,
});

export type ConfirmFullMembershipInput = z.input<typeof confirmFullMembershipInput>;

/**
 * Công nhận đảng viên chính thức: a probationary member on the roll becomes a full member on or
 * after the last day of the probation (12 months from admission, by the calendar's rule), once.
 * Checks read, never write.
 */
export const fullMembershipRules = {
  input: confirmFullMembershipInput,

  async check(w: WriteUnit, input: z.output<typeof confirmFullMembershipInput>): Promise<LiveMember> {
    const day = fieldPath('confirmedOn');
    const live = await liveMemberOn(w, input.memberId, input.confirmedOn, fieldPath('memberId'), day);
    fullMembershipRules.probationOver(live.member, input.confirmedOn, fieldPath('memberId'), day);
    return live;
  },

  /** ALREADY_FULL_MEMBER for a full member; PROBATION_NOT_OVER before the probation's last day. */
  probationOver(member: MemberOnRecord, confirmedOn: string, field: FieldPath, dayField: FieldPath): void {
    if (member.status === 'full') {
      throw new DomainError(
        'ALREADY_FULL_MEMBER',
        `The member has been a full member since ${member.fullMemberOn ?? 'before the records begin'}.`,
        field,
      );
    }
    if (confirmedOn < member.probationEndsOn) {
      throw new DomainError(
        'PROBATION_NOT_OVER',
        `The probation of a member admitted on ${member.admittedOn} ends on ${member.probationEndsOn}.`,
        dayField,
      );
    }
  },
};
