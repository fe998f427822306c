import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Person } from '../hierarchy/person.entity.js';
import { personCode } from '../hierarchy/person-code.js';
import { personFields } from '../hierarchy/person-fields.js';
import { inputFields } from '../write/input-fields.js';
import { type FieldPath, fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { Member } from './member.entity.js';
import { requireAdmissionAge } from './minimum-age.js';

// The column's default: most people in the city are Kinh; the register gives the next code when none is written.
const newPerson = z.object({
  ...personFields,
  ethnicity: personFields.ethnicity.default('Kinh'),
  code: personCode.field.optional(),
});

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
   * who is or was a member, UNDER_AGE for someone under 18 in the year of admission, PERSON_CODE_TAKEN
   * for someone new given a code that someone on record has. Writes nothing.
   */
  async check(w: WriteUnit, input: Joining, admittedOn: string): Promise<Person | undefined> {
    const code = input.person?.code;
    if (code !== undefined) freePersonCode((await w.em.count(Person, { code })) > 0, code, fieldPath('person', 'code'));
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

/** PERSON_CODE_TAKEN when `taken`: the rule of a new person's code, for the mutations and the intake alike. */
export function freePersonCode(taken: boolean, code: string, field: FieldPath): void {
  if (taken) throw new DomainError('PERSON_CODE_TAKEN', `Someone on record already has the code ${code}.`, field);
}

/** ALREADY_MEMBER when the person has a (live) membership: the mutations' rule and the intake's. */
export function neverMember(
  person: Pick<Person, 'fullName'>,
  existing: Pick<Member, 'admittedOn' | 'status'> | undefined,
  field: FieldPath,
): void {
  if (existing) {
    throw new DomainError(
      'ALREADY_MEMBER',
      `${person.fullName} has been a member since ${existing.admittedOn} (status ${existing.status}).`,
      field,
    );
  }
}

async function onRecord(w: WriteUnit, id: number): Promise<Person> {
  const person = await w.find(Person, id, fieldPath('personId'), LockMode.PESSIMISTIC_WRITE);
  const existing = await w.em.findOne(Member, { person, voidedAt: null });
  neverMember(person, existing ?? undefined, fieldPath('personId'));
  return person;
}
