import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { Member } from '../membership/member.entity.js';
import { requireAdmissionAge } from '../membership/minimum-age.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { Person } from './person.entity.js';
import { personFields } from './person-fields.js';

const updatePersonInput = z
  .object({ personId: inputFields.id, ...z.object(personFields).partial().shape })
  .check((ctx) => {
    const { personId: _, ...changes } = ctx.value;
    if (Object.values(changes).every((v) => v === undefined)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['personId'],
        message: 'give at least one detail to change: fullName, sex, birthYear, ethnicity or education',
      });
    }
  });

export type UpdatePersonInput = z.input<typeof updatePersonInput>;

/**
 * Corrects a person's own details (name, sex, birth year, ethnicity, education), with the same field
 * rules as recording someone new; a member's birth year must still make them 18 when admitted.
 * Personal data: the write roles (editor, admin) are the roles granted it, and the audit line
 * redacts it.
 */
export class PersonService extends WriteService {
  async update(raw: UpdatePersonInput): Promise<Person> {
    const { personId, ...changes } = parseInput(updatePersonInput, raw);
    return this.write(async (w) => {
      const person = await w.find(Person, personId, fieldPath('personId'), LockMode.PESSIMISTIC_WRITE);
      if (changes.birthYear !== undefined) {
        const member = await w.em.findOne(Member, { person, voidedAt: null });
        if (member) requireAdmissionAge(changes.birthYear, member.admittedOn, fieldPath('birthYear'));
      }
      w.em.assign(person, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
      w.touch(person);
      return person;
    });
  }
}
