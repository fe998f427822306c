import { expect } from 'vitest';
import { type MutationCase, ref } from '../support/mutation-case.js';
import { hanoiDay, rowOf } from '../support/rows.js';

const newPerson = { fullName: 'Vũ Hoàng Nam', sex: 'male', birthYear: 1999, education: 'university' };
const field = (name: string) => ['input', name];

export const membershipCases: MutationCase[] = [
  {
    title: 'admitMember admits a new person as a probationary member, with the admission event in the cell',
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Organisation', fx.org.cellA1), admittedOn: '2022-05-19' }),
    async verify({ db, id, fx, caller }) {
      const member = await rowOf(db, 'member', id);
      expect(member).toMatchObject({
        cell_id: fx.org.cellA1,
        admitted_on: '2022-05-19',
        probation_ends_on: '2023-05-19',
        status: 'probationary',
        created_by: caller,
        updated_by: caller,
      });
      expect(await rowOf(db, 'person', member.person_id as number)).toMatchObject({
        full_name: 'Vũ Hoàng Nam',
        ethnicity: 'Kinh',
        // No code given: the register's next.
        code: expect.stringMatching(/^HN-\d{7,}$/),
        created_by: caller,
      });
      const events = await db.query(
        'select kind, occurred_on::text, organisation_id, created_by from membership_event where member_id = $1',
        [id],
      );
      expect(events.rows).toEqual([
        { kind: 'admission', occurred_on: '2022-05-19', organisation_id: fx.org.cellA1, created_by: caller },
      ]);
    },
  },
  {
    title: 'admitMember records a new person with the register code given, upper-cased',
    mutation: 'admitMember',
    input: (fx) => ({
      person: { ...newPerson, code: ' bd-2023-0117 ' },
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-05-19',
    }),
    async verify({ db, id }) {
      const member = await rowOf(db, 'member', id);
      expect(await rowOf(db, 'person', member.person_id as number)).toMatchObject({ code: 'BD-2023-0117' });
    },
  },
  {
    title: 'admitMember refuses a new person given the code of someone on record (PERSON_CODE_TAKEN)',
    mutation: 'admitMember',
    input: (fx) => ({
      person: { ...newPerson, code: 'HN-0000001' },
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-05-19',
    }),
    refused: { code: 'PERSON_CODE_TAKEN', field: ['input', 'person', 'code'] },
  },
  {
    title: 'admitMember refuses a code that is not letters, digits, "-", "." or "/" (BAD_USER_INPUT)',
    mutation: 'admitMember',
    input: (fx) => ({
      person: { ...newPerson, code: 'mã số 1' },
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-05-19',
    }),
    refused: { code: 'BAD_USER_INPUT', field: ['input', 'person', 'code'] },
  },
  {
    title: 'admitMember on 29 February ends the probation on 28 February of the next year',
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Organisation', fx.org.cellA1), admittedOn: '2024-02-29' }),
    async verify({ db, id }) {
      expect(await rowOf(db, 'member', id)).toMatchObject({
        admitted_on: '2024-02-29',
        probation_ends_on: '2025-02-28',
      });
    },
  },
  {
    title: 'admitMember admits an existing person into a chi bộ cơ sở, today in Hà Nội, probation ending a year on',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.newcomer),
      cellId: ref('Organisation', fx.org.cellB1),
      admittedOn: hanoiDay(),
    }),
    async verify({ db, id, fx }) {
      const member = await rowOf(db, 'member', id);
      expect(member.person_id).toBe(fx.person.newcomer);
      expect(member.cell_id).toBe(fx.org.cellB1);
      expect(member.admitted_on).toBe(hanoiDay());
      expect(Number((member.probation_ends_on as string).slice(0, 4))).toBe(Number(hanoiDay().slice(0, 4)) + 1);
    },
  },
  {
    title: 'admitMember refuses a person admitted twice (ALREADY_MEMBER)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.newcomer),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2023-01-01',
    }),
    refused: { code: 'ALREADY_MEMBER', field: field('personId') },
  },
  {
    title: 'admitMember refuses a person who once was a member, even after leaving (ALREADY_MEMBER)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.exited),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2023-01-01',
    }),
    refused: { code: 'ALREADY_MEMBER', field: field('personId') },
  },
  {
    title: 'admitMember refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Organisation', fx.org.cellA1), admittedOn: hanoiDay(1) }),
    refused: { code: 'DATE_IN_FUTURE', field: field('admittedOn') },
  },
  {
    title: 'admitMember refuses an organisation that is not a cell (NOT_A_CELL)',
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Organisation', fx.org.grassrootsA), admittedOn: '2022-05-19' }),
    refused: { code: 'NOT_A_CELL', field: field('cellId') },
  },
  {
    title: 'admitMember refuses a cell dissolved before the day (ORGANISATION_DISSOLVED)',
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Organisation', fx.org.dissolvedCell), admittedOn: '2021-01-01' }),
    refused: { code: 'ORGANISATION_DISSOLVED', field: field('cellId') },
  },
  {
    title: 'admitMember refuses a day before the cell was founded (DATE_BEFORE_SUBJECT)',
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Organisation', fx.org.youngCell), admittedOn: '2022-12-31' }),
    refused: { code: 'DATE_BEFORE_SUBJECT', field: field('cellId') },
  },
  {
    title: 'admitMember refuses someone under 18 (UNDER_AGE)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.child),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2024-01-01',
    }),
    refused: { code: 'UNDER_AGE', field: field('personId') },
  },
  {
    title: 'admitMember refuses a new person too young, naming their birth year (UNDER_AGE)',
    mutation: 'admitMember',
    input: (fx) => ({
      person: { ...newPerson, birthYear: 2005 },
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-05-19',
    }),
    refused: { code: 'UNDER_AGE', field: ['input', 'person', 'birthYear'] },
  },
  {
    title: 'admitMember refuses an unknown cell (NOT_FOUND)',
    mutation: 'admitMember',
    input: () => ({ person: newPerson, cellId: ref('Organisation', 999_999), admittedOn: '2022-05-19' }),
    refused: { code: 'NOT_FOUND', field: field('cellId') },
  },
  {
    title: 'admitMember refuses an unknown person (NOT_FOUND)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', 999_999),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-05-19',
    }),
    refused: { code: 'NOT_FOUND', field: field('personId') },
  },
  {
    title: 'admitMember refuses both a person id and a new person (BAD_USER_INPUT)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.child),
      person: newPerson,
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-05-19',
    }),
    refused: { code: 'BAD_USER_INPUT', field: field('person') },
  },
  {
    title: 'admitMember refuses neither a person id nor a new person (BAD_USER_INPUT)',
    mutation: 'admitMember',
    input: (fx) => ({ cellId: ref('Organisation', fx.org.cellA1), admittedOn: '2022-05-19' }),
    refused: { code: 'BAD_USER_INPUT', field: field('personId') },
  },
  {
    title: 'admitMember refuses a blank name, naming the nested field (BAD_USER_INPUT)',
    mutation: 'admitMember',
    input: (fx) => ({
      person: { ...newPerson, fullName: '   ' },
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-05-19',
    }),
    refused: { code: 'BAD_USER_INPUT', field: ['input', 'person', 'fullName'] },
  },
  {
    title: 'admitMember refuses a day that is not on the calendar (BAD_USER_INPUT)',
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Organisation', fx.org.cellA1), admittedOn: '2022-02-30' }),
    refused: { code: 'BAD_USER_INPUT', field: field('admittedOn') },
  },
  {
    title: 'admitMember refuses an id that is not one this API issued (INVALID_ID)',
    mutation: 'admitMember',
    input: () => ({ person: newPerson, cellId: 'T3JnYW5pc2F0aW9uOjE', admittedOn: '2022-05-19' }),
    refused: { code: 'INVALID_ID', field: field('cellId') },
    graphqlOnly: true,
  },
  {
    title: "admitMember refuses a person's id where a cell's is expected (INVALID_ID)",
    mutation: 'admitMember',
    input: (fx) => ({ person: newPerson, cellId: ref('Person', fx.person.moved), admittedOn: '2022-05-19' }),
    refused: { code: 'INVALID_ID', field: field('cellId') },
    graphqlOnly: true,
  },
];
