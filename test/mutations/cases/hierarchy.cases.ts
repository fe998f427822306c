import { expect } from 'vitest';
import type { Fixture } from '../support/fixture.js';
import { type MutationCase, ref } from '../support/mutation-case.js';
import { hanoiDay, rowOf } from '../support/rows.js';

const field = (name: string) => ['input', name];
const org = (id: number) => ref('Organisation', id);

const found =
  (extra: (fx: Fixture) => Record<string, unknown> = () => ({})) =>
  (fx: Fixture) => ({
    code: 'CB-A9',
    name: 'Chi bộ Công ty An Phát',
    kind: 'cell',
    branch: 'party',
    parentId: org(fx.org.grassrootsA),
    foundedOn: '2022-04-20',
    ...extra(fx),
  });

const foundCases: MutationCase[] = [
  {
    title: 'foundOrganisation founds a cell in a non-state enterprise, placed under its parent',
    mutation: 'foundOrganisation',
    input: found((fx) => ({
      hostSector: 'non_state_enterprise',
      administrativeUnitId: ref('AdministrativeUnit', fx.unit.district),
    })),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'organisation', id)).toMatchObject({
        code: 'CB-A9',
        kind: 'cell',
        parent_id: fx.org.grassrootsA,
        administrative_unit_id: fx.unit.district,
        host_sector: 'non_state_enterprise',
        founded_on: '2022-04-20',
        dissolved_on: null,
        path: [fx.org.city, fx.org.districtA, fx.org.grassrootsA, id],
        depth: 3,
        created_by: caller,
      });
    },
  },
  {
    title: 'foundOrganisation founds a state body without a parent',
    mutation: 'foundOrganisation',
    input: () => ({ code: 'SO-NV', name: 'Sở Nội vụ', kind: 'department', branch: 'state', foundedOn: '1996-01-01' }),
    async verify({ db, id }) {
      expect(await rowOf(db, 'organisation', id)).toMatchObject({ parent_id: null, path: [id], branch: 'state' });
    },
  },
  {
    title: 'foundOrganisation refuses a code already in use (CODE_TAKEN)',
    mutation: 'foundOrganisation',
    input: found(() => ({ name: 'Chi bộ khác' })),
    refused: { code: 'CODE_TAKEN', field: field('code') },
  },
  {
    title: 'foundOrganisation refuses a party cell in the state branch (KIND_DOES_NOT_FIT_BRANCH)',
    mutation: 'foundOrganisation',
    input: found(() => ({ code: 'CB-X1', branch: 'state' })),
    refused: { code: 'KIND_DOES_NOT_FIT_BRANCH', field: field('branch') },
  },
  {
    title: 'foundOrganisation refuses a cell directly under a district committee (KIND_DOES_NOT_FIT_PARENT)',
    mutation: 'foundOrganisation',
    input: found((fx) => ({ code: 'CB-X2', parentId: org(fx.org.districtA) })),
    refused: { code: 'KIND_DOES_NOT_FIT_PARENT', field: field('parentId') },
  },
  {
    title: 'foundOrganisation refuses a cell without a parent (KIND_DOES_NOT_FIT_PARENT)',
    mutation: 'foundOrganisation',
    input: found(() => ({ code: 'CB-X3', parentId: undefined })),
    refused: { code: 'KIND_DOES_NOT_FIT_PARENT', field: field('parentId') },
  },
  {
    title: 'foundOrganisation refuses a parent dissolved by then (ORGANISATION_DISSOLVED)',
    mutation: 'foundOrganisation',
    input: found((fx) => ({ code: 'CB-X4', parentId: org(fx.org.dissolvedGrassroots) })),
    refused: { code: 'ORGANISATION_DISSOLVED', field: field('parentId') },
  },
  {
    title: 'foundOrganisation refuses a day before the parent was founded (DATE_BEFORE_SUBJECT)',
    mutation: 'foundOrganisation',
    input: found(() => ({ code: 'CB-X5', foundedOn: '1999-12-31' })),
    refused: { code: 'DATE_BEFORE_SUBJECT', field: field('parentId') },
  },
  {
    title: 'foundOrganisation refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
    mutation: 'foundOrganisation',
    input: found(() => ({ code: 'CB-X6', foundedOn: hanoiDay(1) })),
    refused: { code: 'DATE_IN_FUTURE', field: field('foundedOn') },
  },
  {
    title: 'foundOrganisation refuses a host sector on a district committee (BAD_USER_INPUT)',
    mutation: 'foundOrganisation',
    input: found((fx) => ({
      code: 'QU-X7',
      kind: 'district_committee',
      parentId: org(fx.org.city),
      hostSector: 'residential',
    })),
    refused: { code: 'BAD_USER_INPUT', field: field('hostSector') },
  },
  {
    title: 'foundOrganisation refuses an unknown parent (NOT_FOUND)',
    mutation: 'foundOrganisation',
    input: found(() => ({ code: 'CB-X8', parentId: org(999_999) })),
    refused: { code: 'NOT_FOUND', field: field('parentId') },
  },
  {
    title: 'foundOrganisation refuses an unknown administrative unit (NOT_FOUND)',
    mutation: 'foundOrganisation',
    input: found(() => ({ code: 'CB-X9', administrativeUnitId: ref('AdministrativeUnit', 999_999) })),
    refused: { code: 'NOT_FOUND', field: field('administrativeUnitId') },
  },
  {
    title: 'foundOrganisation refuses a blank name (BAD_USER_INPUT)',
    mutation: 'foundOrganisation',
    input: found(() => ({ code: 'CB-X10', name: '' })),
    refused: { code: 'BAD_USER_INPUT', field: field('name') },
  },
];

const dissolve = (pick: (fx: Fixture) => number, dissolvedOn: string) => (fx: Fixture) => ({
  organisationId: org(pick(fx)),
  dissolvedOn,
});

const dissolveCases: MutationCase[] = [
  {
    title: 'dissolveOrganisation dissolves an empty cell and ends the terms still open in it',
    mutation: 'dissolveOrganisation',
    input: dissolve((fx) => fx.org.emptyCell, '2023-05-31'),
    async verify({ db, id, fx, caller }) {
      expect(id).toBe(fx.org.emptyCell);
      expect(await rowOf(db, 'organisation', id)).toMatchObject({ dissolved_on: '2023-05-31', updated_by: caller });
      const terms = await db.query('select ended_on::text, updated_by from position where organisation_id = $1', [id]);
      expect(terms.rows).toEqual([{ ended_on: '2023-05-31', updated_by: caller }]);
    },
  },
  {
    title: 'dissolveOrganisation refuses an organisation already dissolved (ORGANISATION_DISSOLVED)',
    mutation: 'dissolveOrganisation',
    input: dissolve((fx) => fx.org.dissolvedCell, '2023-05-31'),
    refused: { code: 'ORGANISATION_DISSOLVED', field: field('organisationId') },
  },
  {
    title: 'dissolveOrganisation refuses an organisation with live organisations under it (HAS_ACTIVE_CHILDREN)',
    mutation: 'dissolveOrganisation',
    input: dissolve((fx) => fx.org.grassrootsA, '2023-05-31'),
    refused: { code: 'HAS_ACTIVE_CHILDREN', field: field('organisationId') },
  },
  {
    title: 'dissolveOrganisation refuses a cell that still has members (HAS_ACTIVE_MEMBERS)',
    mutation: 'dissolveOrganisation',
    input: dissolve((fx) => fx.org.cellA1, '2023-05-31'),
    refused: { code: 'HAS_ACTIVE_MEMBERS', field: field('organisationId') },
  },
  {
    title: 'dissolveOrganisation refuses a day before a term in it starts (LATER_RECORDS_EXIST)',
    mutation: 'dissolveOrganisation',
    input: dissolve((fx) => fx.org.youngCell, '2023-06-01'),
    refused: { code: 'LATER_RECORDS_EXIST', field: field('dissolvedOn') },
  },
  {
    title: 'dissolveOrganisation refuses a day before the organisation was founded (DATE_BEFORE_SUBJECT)',
    mutation: 'dissolveOrganisation',
    input: dissolve((fx) => fx.org.youngCell, '2022-12-31'),
    refused: { code: 'DATE_BEFORE_SUBJECT', field: field('dissolvedOn') },
  },
  {
    title: 'dissolveOrganisation refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
    mutation: 'dissolveOrganisation',
    input: dissolve((fx) => fx.org.cellA2, hanoiDay(1)),
    refused: { code: 'DATE_IN_FUTURE', field: field('dissolvedOn') },
  },
  {
    title: 'dissolveOrganisation refuses an unknown organisation (NOT_FOUND)',
    mutation: 'dissolveOrganisation',
    input: dissolve(() => 999_999, '2023-05-31'),
    refused: { code: 'NOT_FOUND', field: field('organisationId') },
  },
];

const appoint =
  (extra: (fx: Fixture) => Record<string, unknown> = () => ({})) =>
  (fx: Fixture) => ({
    personId: ref('Person', fx.person.deputy),
    organisationId: org(fx.org.districtA),
    title: 'Phó Bí thư Thường trực Quận ủy',
    role: 'standing_deputy',
    startedOn: '2021-01-05',
    ...extra(fx),
  });

const positionCases: MutationCase[] = [
  {
    title: 'appointPosition appoints a person to an open-ended term',
    mutation: 'appointPosition',
    input: appoint(),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'position', id)).toMatchObject({
        person_id: fx.person.deputy,
        organisation_id: fx.org.districtA,
        role: 'standing_deputy',
        started_on: '2021-01-05',
        ended_on: null,
        created_by: caller,
      });
    },
  },
  {
    title: 'appointPosition records a past head term that overlaps no other',
    mutation: 'appointPosition',
    input: appoint((fx) => ({
      personId: ref('Person', fx.person.moved),
      title: 'Bí thư Quận ủy',
      role: 'head',
      startedOn: '2010-10-01',
      endedOn: '2015-09-30',
    })),
    async verify({ db, id }) {
      expect(await rowOf(db, 'position', id)).toMatchObject({ started_on: '2010-10-01', ended_on: '2015-09-30' });
    },
  },
  {
    title: 'appointPosition refuses a second head while the first is in office (POSITION_OCCUPIED)',
    mutation: 'appointPosition',
    input: appoint((fx) => ({
      personId: ref('Person', fx.person.moved),
      title: 'Bí thư Quận ủy',
      role: 'head',
      startedOn: '2023-01-01',
    })),
    refused: { code: 'POSITION_OCCUPIED', field: field('role') },
  },
  {
    title: 'appointPosition refuses a past head term overlapping the current one (POSITION_OCCUPIED)',
    mutation: 'appointPosition',
    input: appoint((fx) => ({
      personId: ref('Person', fx.person.moved),
      title: 'Bí thư Quận ủy',
      role: 'head',
      startedOn: '2019-01-01',
      endedOn: '2020-12-31',
    })),
    refused: { code: 'POSITION_OCCUPIED', field: field('role') },
  },
  {
    title: 'appointPosition refuses the same title twice at once (ALREADY_HOLDS_POSITION)',
    mutation: 'appointPosition',
    input: appoint(() => ({ role: 'deputy', startedOn: '2022-01-01' })),
    refused: { code: 'ALREADY_HOLDS_POSITION', field: field('personId') },
  },
  {
    title: 'appointPosition refuses a term ending before it starts (END_BEFORE_START)',
    mutation: 'appointPosition',
    input: appoint(() => ({ role: 'member', title: 'Ủy viên', startedOn: '2021-01-05', endedOn: '2020-01-01' })),
    refused: { code: 'END_BEFORE_START', field: field('endedOn') },
  },
  {
    title: 'appointPosition refuses an organisation dissolved by then (ORGANISATION_DISSOLVED)',
    mutation: 'appointPosition',
    input: appoint((fx) => ({ organisationId: org(fx.org.dissolvedCell), title: 'Bí thư Chi bộ', role: 'head' })),
    refused: { code: 'ORGANISATION_DISSOLVED', field: field('organisationId') },
  },
  {
    title: 'appointPosition refuses a day before the organisation was founded (DATE_BEFORE_SUBJECT)',
    mutation: 'appointPosition',
    input: appoint((fx) => ({ organisationId: org(fx.org.youngCell), title: 'Phó Bí thư Chi bộ', role: 'deputy' })),
    refused: { code: 'DATE_BEFORE_SUBJECT', field: field('organisationId') },
  },
  {
    title: 'appointPosition refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
    mutation: 'appointPosition',
    input: appoint(() => ({ role: 'member', title: 'Ủy viên', startedOn: hanoiDay(1) })),
    refused: { code: 'DATE_IN_FUTURE', field: field('startedOn') },
  },
  {
    title: 'appointPosition refuses an unknown person (NOT_FOUND)',
    mutation: 'appointPosition',
    input: appoint(() => ({ personId: ref('Person', 999_999), role: 'member', title: 'Ủy viên' })),
    refused: { code: 'NOT_FOUND', field: field('personId') },
  },
  {
    title: 'appointPosition refuses an unknown organisation (NOT_FOUND)',
    mutation: 'appointPosition',
    input: appoint(() => ({ organisationId: org(999_999), role: 'member', title: 'Ủy viên' })),
    refused: { code: 'NOT_FOUND', field: field('organisationId') },
  },
  {
    title: 'endPosition refuses an end before the term started (END_BEFORE_START)',
    mutation: 'endPosition',
    input: (fx) => ({ positionId: ref('Position', fx.position.secretaryOfA), endedOn: '2020-09-30' }),
    refused: { code: 'END_BEFORE_START', field: field('endedOn') },
  },
  {
    title: 'endPosition refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
    mutation: 'endPosition',
    input: (fx) => ({ positionId: ref('Position', fx.position.secretaryOfA), endedOn: hanoiDay(1) }),
    refused: { code: 'DATE_IN_FUTURE', field: field('endedOn') },
  },
  {
    title: 'endPosition ends an open term, on the day itself',
    mutation: 'endPosition',
    input: (fx) => ({ positionId: ref('Position', fx.position.secretaryOfA), endedOn: '2020-10-01' }),
    async verify({ db, id, fx, caller }) {
      expect(id).toBe(fx.position.secretaryOfA);
      expect(await rowOf(db, 'position', id)).toMatchObject({
        ended_on: '2020-10-01',
        created_by: 'system',
        updated_by: caller,
      });
    },
  },
  {
    title: 'endPosition refuses a term that already ended (POSITION_ALREADY_ENDED)',
    mutation: 'endPosition',
    input: (fx) => ({ positionId: ref('Position', fx.position.ended), endedOn: '2021-01-01' }),
    refused: { code: 'POSITION_ALREADY_ENDED', field: field('positionId') },
  },
  {
    title: 'endPosition refuses an unknown position (NOT_FOUND)',
    mutation: 'endPosition',
    input: () => ({ positionId: ref('Position', 999_999), endedOn: '2021-01-01' }),
    refused: { code: 'NOT_FOUND', field: field('positionId') },
  },
];

export const hierarchyCases: MutationCase[] = [...foundCases, ...dissolveCases, ...positionCases];
