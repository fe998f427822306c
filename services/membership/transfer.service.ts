import { correctedRecord } from '../corrections/correction-fields.js';
import { parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { joiningPerson } from './joining-person.js';
import { Member } from './member.entity.js';
import { MembershipEvent } from './membership-event.entity.js';
import {
  type TransferInInput,
  type TransferMemberInput,
  type TransferOutInput,
  transferRules,
} from './transfer-rules.js';

/** A transfer is corrected through its TRANSFER_OUT half; voiding it voids the other half of a move too. */
const TRANSFER_OUT = { type: 'MembershipEvent', subkind: 'transfer_out' };

/**
 * Chuyển sinh hoạt đảng, written as the world generator writes it so the analytics count it: inside
 * the city a transfer-out event in the cell left and a transfer-in event in the cell joined, each
 * naming the other; out of the city a transfer-out event without a counterpart; into the city a
 * new member row (arrivedOn) with a transfer-in event without a counterpart.
 */
export class TransferService extends WriteService {
  async transferMember(raw: TransferMemberInput): Promise<Member> {
    const input = parseInput(transferRules.within.input, raw);
    return this.write(async (w) => {
      // Voided first (both halves), so the member is back in the cell they left for the corrected move.
      const replaces = await correctedRecord<MembershipEvent>(w, TRANSFER_OUT, input);
      const { member, cell, to } = await transferRules.within.check(w, input);
      const occurredOn = input.transferredOn;
      w.create(MembershipEvent, {
        member,
        kind: 'transfer_out',
        occurredOn,
        organisation: cell,
        counterpart: to,
        replaces,
      });
      w.create(MembershipEvent, { member, kind: 'transfer_in', occurredOn, organisation: to, counterpart: cell });
      member.cell = to;
      w.touch(member);
      return member;
    });
  }

  async transferOut(raw: TransferOutInput): Promise<Member> {
    const input = parseInput(transferRules.out.input, raw);
    return this.write(async (w) => {
      const replaces = await correctedRecord<MembershipEvent>(w, TRANSFER_OUT, input);
      const { member, cell } = await transferRules.out.check(w, input);
      w.create(MembershipEvent, {
        member,
        kind: 'transfer_out',
        occurredOn: input.transferredOn,
        organisation: cell,
        replaces,
      });
      member.status = 'transferred_out';
      member.leftOn = input.transferredOn;
      w.touch(member);
      return member;
    });
  }

  async transferIn(raw: TransferInInput): Promise<Member> {
    const input = parseInput(transferRules.in.input, raw);
    return this.write(async (w) => {
      // An arrival entered wrongly is corrected as an admission is: its member row (with the arrival) voided first.
      const replaces = await correctedRecord<Member>(w, 'Member', input);
      const arrival = await transferRules.in.check(w, input);
      const member = w.create(Member, {
        person: joiningPerson.person(w, input, arrival.person),
        cell: arrival.cell,
        admittedOn: input.admittedOn,
        probationEndsOn: arrival.probationEndsOn,
        fullMemberOn: input.fullMemberOn,
        status: input.fullMemberOn === undefined ? 'probationary' : 'full',
        arrivedOn: input.arrivedOn,
        replaces,
      });
      w.create(MembershipEvent, {
        member,
        kind: 'transfer_in',
        occurredOn: input.arrivedOn,
        organisation: arrival.cell,
      });
      return member;
    });
  }
}
