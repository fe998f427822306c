import { correctedRecord } from '../corrections/correction-fields.js';
import { DisciplinaryAction } from '../oversight/disciplinary-action.entity.js';
import { parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { exitRules, type RecordExitInput } from './exit-rules.js';
import type { Member } from './member.entity.js';
import { MembershipEvent } from './membership-event.entity.js';

/**
 * Ra khỏi Đảng: an exit event in the cell the member sat in, the member marked exited on that day
 * (as the world generator writes it); an expulsion decided in the same call is written with it.
 */
export class ExitService extends WriteService {
  async recordExit(raw: RecordExitInput): Promise<Member> {
    const input = parseInput(exitRules.input, raw);
    return this.write(async (w) => {
      // Voided first, so the member it removed from the roll is on it again for the corrected exit.
      const replaces = await correctedRecord<MembershipEvent>(w, { type: 'MembershipEvent', subkind: 'exit' }, input);
      const { member, cell, newDecision } = await exitRules.check(w, input);
      if (newDecision) w.create(DisciplinaryAction, { ...newDecision, form: 'expulsion', decidedOn: input.leftOn });
      w.create(MembershipEvent, {
        member,
        kind: 'exit',
        exitReason: input.reason,
        occurredOn: input.leftOn,
        organisation: cell,
        replaces,
      });
      member.status = 'exited';
      member.leftOn = input.leftOn;
      w.touch(member);
      return member;
    });
  }
}
