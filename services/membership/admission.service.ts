import { z } from 'zod';
import { correctedRecord, correctionFields } from '../corrections/correction-fields.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { joiningPerson } from './joining-person.js';
import { Member } from './member.entity.js';
import { MembershipEvent } from './membership-event.entity.js';
import { openCell } from './open-cell.js';
import { probationEndsOn } from './probation.js';

const admitMemberInput = z
  .object({ ...joiningPerson.fields, cellId: inputFields.id, admittedOn: inputFields.day, ...correctionFields })
  .check(joiningPerson.exactlyOne);

export type AdmitMemberInput = z.input<typeof admitMemberInput>;

/** Kết nạp đảng viên: a person joins a cell on a day, as a probationary member. */
export class AdmissionService extends WriteService {
  async admitMember(raw: AdmitMemberInput): Promise<Member> {
    const input = parseInput(admitMemberInput, raw);
    return this.write(async (w) => {
      w.notInFuture(input.admittedOn, fieldPath('admittedOn'));
      // Voided first, so the person is free to be admitted again in the corrected record.
      const replaces = await correctedRecord<Member>(w, 'Member', input);
      const cell = await openCell(w, input.cellId, input.admittedOn, fieldPath('cellId'));
      const person = joiningPerson.person(w, input, await joiningPerson.check(w, input, input.admittedOn));
      const member = w.create(Member, {
        person,
        cell,
        admittedOn: input.admittedOn,
        probationEndsOn: probationEndsOn(input.admittedOn),
        status: 'probationary',
        replaces,
      });
      const replacedEvent = replaces && (await w.em.findOne(MembershipEvent, { member: replaces, kind: 'admission' }));
      w.create(MembershipEvent, {
        member,
        kind: 'admission',
        occurredOn: input.admittedOn,
        organisation: cell,
        replaces: replacedEvent ?? undefined,
      });
      return member;
    });
  }
}
