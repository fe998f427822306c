import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { DomainError } from '../errors.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { type LiveMember, liveMemberOn } from './member-timeline.js';

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
    const { member } = live;
    if (member.status === 'full') {
      throw new DomainError(
        'ALREADY_FULL_MEMBER',
        `The member has been a full member since ${member.fullMemberOn ?? 'before the records begin'}.`,
        fieldPath('memberId'),
      );
    }
    if (input.confirmedOn < member.probationEndsOn) {
      throw new DomainError(
        'PROBATION_NOT_OVER',
        `The probation of a member admitted on ${member.admittedOn} ends on ${member.probationEndsOn}.`,
        day,
      );
    }
    return live;
  },
};
