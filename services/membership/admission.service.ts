import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { addMonths } from '../calendar.js';
import { correctedRecord, correctionFields } from '../corrections/correction-fields.js';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { CELL_KINDS } from '../hierarchy/organisation-kinds.js';
import { EDUCATION_LEVELS, Person, SEXES } from '../hierarchy/person.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import type { WriteUnit } from '../write/write-unit.js';
import { Member } from './member.entity.js';
import { MembershipEvent } from './membership-event.entity.js';

/** The Party Statute admits from the age of 18 and sets a 12-month probation. */
const MINIMUM_AGE = 18;
const PROBATION_MONTHS = 12;

const newPerson = z.object({
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
    person: newPerson.optional(),
    cellId: inputFields.id,
    admittedOn: inputFields.day,
    ...correctionFields,
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
      w.notInFuture(input.admittedOn, fieldPath('admittedOn'));
      // Voided first, so the person is free to be admitted again in the corrected record.
      const replaces = await correctedRecord<Member>(w, 'Member', input);
      const cell = await w.find(Organisation, input.cellId, fieldPath('cellId'), LockMode.PESSIMISTIC_READ);
      if (!CELL_KINDS.includes(cell.kind)) {
        throw new DomainError('NOT_A_CELL', `${cell.name} is not a party cell (chi bộ).`, fieldPath('cellId'));
      }
      w.activeOn(cell, input.admittedOn, fieldPath('cellId'));
      const person = await this.personFor(w, input);
      if (Number(input.admittedOn.slice(0, 4)) - person.birthYear < MINIMUM_AGE) {
        throw new DomainError(
          'UNDER_AGE',
          `Someone born in ${person.birthYear} cannot be admitted before the age of ${MINIMUM_AGE}.`,
          input.person ? fieldPath('person', 'birthYear') : fieldPath('personId'),
        );
      }
      const member = w.create(Member, {
        person,
        cell,
        admittedOn: input.admittedOn,
        probationEndsOn: addMonths(input.admittedOn, PROBATION_MONTHS),
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

  private async personFor(w: WriteUnit, input: z.output<typeof admitMemberInput>): Promise<Person> {
    if (input.person) return w.create(Person, input.person);
    const person = await w.find(Person, input.personId ?? 0, fieldPath('personId'), LockMode.PESSIMISTIC_WRITE);
    const existing = await w.em.findOne(Member, { person, voidedAt: null });
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
