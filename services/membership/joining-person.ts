import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Person } from '../hierarchy/person.entity.js';
import { personFields } from '../hierarchy/person-fields.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { Member } from './member.entity.js';
import { requireAdmissionAge } from './minimum-age.js';

// The column's default: most people in the city are Kinh.
const newPerson = z.object({ ...personFields, ethnicity: personFields.ethnicity.default('Kinh') });

const fields = { personId: inputFields.id.optional(), person: newPerson.optional() };
type Joining = z.output<z.ZodObject<typeof fields>>;

/**
 * Who becomes a member of the city's organisations, by admission or by arriving from elsewhere:
 * someone on record (`personId`) who has never been a member, or someone new (`person`), at least
 * 18 in the year they were admitted.
 */
export const joiningPerson = {
  fields,

  /** Someone new to the records, as `person` and the admissions intake's rows give them. */
  newPerson,

  /** Exactly one of personId and person; add to the input schema's checks. */
  exactlyOne(ctx: z.core.ParsePayload<Joining>): void {
    const { personId, person } = ctx.value;
    if ((personId === undefined) === (person === undefined)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: [person === undefined ? 'personId' : 'person'],
        message: 'give exactly one of personId (someone on record) and person (someone new)',
      });
    }
  },

  /**
   * The person on record (undefined for someone new), checked and locked: ALREADY_MEMBER for someone
   * who is or was a member, UNDER_AGE for someone under 18 in the year of admission. Writes nothing.
   */
  async check(w: WriteUnit, input: Joining, admittedOn: string): Promise<Person | undefined> {
    const person = input.person ? undefined : await onRecord(w, input.personId ?? 0);
    const birthYear = person?.birthYear ?? input.person?.birthYear ?? 0;
    requireAdmissionAge(birthYear, admittedOn, input.person ? fieldPath('person', 'birthYear') : fieldPath('personId'));
    return person;
  },

  /** The checked person, or the new one written now. */
  person(w: WriteUnit, input: Joining, onRecord: Person | undefined): Person {
    return onRecord ?? w.create(Person, input.person as NonNullable<Joining['person']>);
  },
};

async function onRecord(w: WriteUnit, id: number): Promise<Person> {
  const person = await w.find(Person, id, fieldPath('personId'), LockMode.PESSIMISTIC_WRITE);
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
