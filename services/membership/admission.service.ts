import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { EDUCATION_LEVELS, Person, SEXES } from '../hierarchy/person.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import type { WriteUnit } from '../write/write-unit.js';
import { admissionRules } from './admission-rules.js';
import { Member } from './member.entity.js';
import { MembershipEvent } from './membership-event.entity.js';

/** A person new to the records, as admitMember and the admissions intake take them. */
export const newPersonInput = z.object({
  fullName: inputFields.text,
  sex: enumField(SEXES),
  birthYear: z
    .number({ error: 'must be a year' })
    .int({ error: 'must be a whole year' })
    .min(1900, { error: 'must be 1900 or later' })
    .max(2030, { error: 'must be 2030 or earlier' }),
  // The column's default: most people in the city are Kinh.
  ethnicity: inputFields.text.default('Kinh'),
  education: enumField(EDUCATION_LEVELS),
});

const admitMemberInput = z
  .object({
    personId: inputFields.id.optional(),
    person: newPersonInput.optional(),
    cellId: inputFields.id,
    admittedOn: inputFields.day,
  })
  .check((ctx) => {
    const { personId, person } = ctx.value;
    if ((personId === undefined) === (person === undefined)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: [person === undefined ? 'personId' : 'person'],
        message: 'give exactly one of personId (someone on record) and person (someone new)',
      });
    }
  });

export type AdmitMemberInput = z.input<typeof admitMemberInput>;

/** Kết nạp đảng viên: a person joins a cell on a day, as a probationary member. */
export class AdmissionService extends WriteService {
  async admitMember(raw: AdmitMemberInput): Promise<Member> {
    const input = parseInput(admitMemberInput, raw);
    return this.write(async (w) => {
      admissionRules.day(w, input.admittedOn, fieldPath('admittedOn'));
      const cell = await w.find(Organisation, input.cellId, fieldPath('cellId'), LockMode.PESSIMISTIC_READ);
      admissionRules.cell(w, cell, input.admittedOn, fieldPath('cellId'));
      const person = await this.personFor(w, input);
      admissionRules.age(
        person.birthYear,
        input.admittedOn,
        input.person ? fieldPath('person', 'birthYear') : fieldPath('personId'),
      );
      const member = w.create(Member, {
        person,
        cell,
        admittedOn: input.admittedOn,
        probationEndsOn: admissionRules.probationEndsOn(input.admittedOn),
        status: 'probationary',
      });
      w.create(MembershipEvent, { member, kind: 'admission', occurredOn: input.admittedOn, organisation: cell });
      return member;
    });
  }

  private async personFor(w: WriteUnit, input: z.output<typeof admitMemberInput>): Promise<Person> {
    if (input.person) return w.create(Person, input.person);
    const person = await w.find(Person, input.personId ?? 0, fieldPath('personId'), LockMode.PESSIMISTIC_WRITE);
    const existing = await w.em.findOne(Member, { person });
    if (existing) {
      throw new DomainError(
        'ALREADY_MEMBER',
        `${person.fullName} has been a member since ${existing.admittedOn} (status ${existing.status}).`,
        fieldPath('personId'),
      );
    }
    return person;
  }
}
