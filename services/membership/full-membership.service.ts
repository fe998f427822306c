import { correctedRecord } from '../corrections/correction-fields.js';
import { parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { type ConfirmFullMembershipInput, fullMembershipRules } from './full-membership-rules.js';
import type { Member } from './member.entity.js';
import { MembershipEvent } from './membership-event.entity.js';

/** Công nhận đảng viên chính thức: the full-membership event in the member's cell on the day. */
export class FullMembershipService extends WriteService {
  async confirmFullMembership(raw: ConfirmFullMembershipInput): Promise<Member> {
    const input = parseInput(fullMembershipRules.input, raw);
    return this.write(async (w) => {
      // Voided first, so the member it made full is probationary again for the corrected recognition.
      const replaces = await correctedRecord<MembershipEvent>(
        w,
        { type: 'MembershipEvent', subkind: 'full_membership' },
        input,
      );
      const { member, cell } = await fullMembershipRules.check(w, input);
      w.create(MembershipEvent, {
        member,
        kind: 'full_membership',
        occurredOn: input.confirmedOn,
        organisation: cell,
        replaces,
      });
      member.status = 'full';
      member.fullMemberOn = input.confirmedOn;
      w.touch(member);
      return member;
    });
  }
}
