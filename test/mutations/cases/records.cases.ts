import { expect } from 'vitest';
import { type MutationCase, ref } from '../support/mutation-case.js';
import { hanoiDay, rowOf } from '../support/rows.js';

const field = (name: string) => ['input', name];
const person = (id: number) => ref('Person', id);
const unit = (id: number) => ref('AdministrativeUnit', id);
const nextYear = Number(hanoiDay().slice(0, 4)) + 1;

/** A person's own details and the records of programmes: index scores, inspection teams, meetings. */
export const recordsCases: MutationCase[] = [
  {
    title: "updatePerson corrects a member's name, ethnicity and education, leaving the rest as it was",
    mutation: 'updatePerson',
    input: (fx) => ({
      personId: person(fx.person.moved),
      fullName: '  Phạm Minh Đức ',
      ethnicity: 'Mường',
      education: 'postgraduate',
    }),
    async verify({ db, id, fx, caller }) {
      expect(id).toBe(fx.person.moved);
      expect(await rowOf(db, 'person', id)).toMatchObject({
        full_name: 'Phạm Minh Đức',
        ethnicity: 'Mường',
        education: 'postgraduate',
        birth_year: 1980,
        sex: 'male',
        updated_by: caller,
      });
    },
  },
  {
    title: "updatePerson refuses a member's birth year that makes them under 18 when admitted (UNDER_AGE)",
    mutation: 'updatePerson',
    input: (fx) => ({ personId: person(fx.person.moved), birthYear: 1995 }),
    refused: { code: 'UNDER_AGE', field: field('birthYear') },
  },
  {
    title: 'updatePerson refuses a call that changes nothing (BAD_USER_INPUT)',
    mutation: 'updatePerson',
    input: (fx) => ({ personId: person(fx.person.moved) }),
    refused: { code: 'BAD_USER_INPUT', field: field('personId') },
  },
  {
    title: 'updatePerson refuses a birth year out of bounds (BAD_USER_INPUT)',
    mutation: 'updatePerson',
    input: (fx) => ({ personId: person(fx.person.newcomer), birthYear: 1800 }),
    refused: { code: 'BAD_USER_INPUT', field: field('birthYear') },
  },
  {
    title: 'updatePerson refuses an unknown person (NOT_FOUND)',
    mutation: 'updatePerson',
    input: () => ({ personId: person(999_999), fullName: 'Ai đó' }),
    refused: { code: 'NOT_FOUND', field: field('personId') },
  },
  {
    title: "recordIndexScore records the city's PAR INDEX for a year",
    mutation: 'recordIndexScore',
    input: (fx) => ({ index: 'PAR_INDEX', year: 2022, unitId: unit(fx.unit.city), score: 89.14, rank: 3, outOf: 63 }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'index_score', id)).toMatchObject({
        index: 'PAR_INDEX',
        year: 2022,
        unit_id: fx.unit.city,
        score: 89.14,
        rank: 3,
        out_of: 63,
        created_by: caller,
      });
    },
  },
  {
    title: 'recordIndexScore refuses a second score for the same index, unit and year (ALREADY_RECORDED)',
    mutation: 'recordIndexScore',
    input: (fx) => ({ index: 'PAR_INDEX', year: 2022, unitId: unit(fx.unit.city), score: 90 }),
    refused: { code: 'ALREADY_RECORDED', field: field('year') },
  },
  {
    title: 'recordIndexScore refuses a rank above the number ranked (BAD_USER_INPUT)',
    mutation: 'recordIndexScore',
    input: (fx) => ({ index: 'SIPAS', year: 2022, unitId: unit(fx.unit.city), rank: 64, outOf: 63 }),
    refused: { code: 'BAD_USER_INPUT', field: field('rank') },
  },
  {
    title: 'recordIndexScore refuses neither a score nor a rank (BAD_USER_INPUT)',
    mutation: 'recordIndexScore',
    input: (fx) => ({ index: 'PAPI', year: 2022, unitId: unit(fx.unit.city) }),
    refused: { code: 'BAD_USER_INPUT', field: field('score') },
  },
  {
    title: 'recordIndexScore refuses a year not yet over (DATE_IN_FUTURE)',
    mutation: 'recordIndexScore',
    input: (fx) => ({ index: 'PAPI', year: nextYear, unitId: unit(fx.unit.city), score: 45 }),
    refused: { code: 'DATE_IN_FUTURE', field: field('year') },
  },
  {
    title: 'recordIndexScore refuses an unknown unit (NOT_FOUND)',
    mutation: 'recordIndexScore',
    input: () => ({ index: 'PAPI', year: 2022, unitId: unit(999_999), score: 45 }),
    refused: { code: 'NOT_FOUND', field: field('unitId') },
  },
];
