import { expect } from 'vitest';
import type { Fixture } from '../support/fixture.js';
import { type MutationCase, ref } from '../support/mutation-case.js';
import { hanoiDay, rowOf } from '../support/rows.js';
import type { MutationName } from '../support/service-calls.js';

const field = (name: string) => ['input', name];
const org = (id: number) => ref('Organisation', id);
const member = (id: number) => ref('Member', id);

type RecordMutation = 'recordInspection' | 'recordSupervision' | 'recordDisciplinaryAction';

/** What each oversight record adds to the subject: its own fields and the name of its day. */
const records: Record<RecordMutation, { table: string; day: string; fields: Record<string, unknown> }> = {
  recordInspection: { table: 'inspection', day: 'occurredOn', fields: { type: 'thematic' } },
  recordSupervision: { table: 'supervision', day: 'occurredOn', fields: { type: 'regular' } },
  recordDisciplinaryAction: { table: 'disciplinary_action', day: 'decidedOn', fields: { form: 'reprimand' } },
};

/** The rules every oversight record shares: subject, acting committee, jurisdiction, dates, placement. */
function subjectCases(mutation: RecordMutation): MutationCase[] {
  const { table, day, fields } = records[mutation];
  const input =
    (
      subject: (fx: Fixture) => Record<string, unknown>,
      on: string,
      acting = (fx: Fixture) => fx.org.districtA,
      extra: Record<string, unknown> = {},
    ) =>
    (fx: Fixture) => ({ ...fields, ...subject(fx), actingCommitteeId: org(acting(fx)), [day]: on, ...extra });
  const ofOrg = (pick: (fx: Fixture) => number) => (fx: Fixture) => ({ subjectOrganisationId: org(pick(fx)) });
  const ofMember = (pick: (fx: Fixture) => number) => (fx: Fixture) => ({ subjectMemberId: member(pick(fx)) });
  const refusal = (title: string, make: (fx: Fixture) => Record<string, unknown>, code: string, at: string) => ({
    title: `${mutation} refuses ${title} (${code})`,
    mutation,
    input: make,
    refused: { code, field: field(at) },
  });
  return [
    {
      title: `${mutation} places an organisation's record in the organisation itself`,
      mutation,
      input: input(
        ofOrg((fx) => fx.org.grassrootsA),
        '2022-03-15',
        undefined,
        { actingBody: 'inspection_commission' },
      ),
      async verify({ db, id, fx, caller }) {
        expect(await rowOf(db, table, id)).toMatchObject({
          subject_organisation_id: fx.org.grassrootsA,
          subject_member_id: null,
          placed_in_id: fx.org.grassrootsA,
          acting_committee_id: fx.org.districtA,
          acting_body: 'inspection_commission',
          created_by: caller,
        });
      },
    },
    {
      title: `${mutation} places a member's record in the cell they sat in on that day, not where they sit now`,
      mutation,
      input: input(
        ofMember((fx) => fx.member.moved),
        '2015-06-01',
        (fx) => fx.org.city,
      ),
      async verify({ db, id, fx }) {
        expect(await rowOf(db, table, id)).toMatchObject({
          subject_member_id: fx.member.moved,
          subject_organisation_id: null,
          placed_in_id: fx.org.cellA2,
          acting_body: 'committee',
        });
      },
    },
    {
      title: `${mutation} places a member's record after a transfer in the new cell`,
      mutation,
      input: input(
        ofMember((fx) => fx.member.moved),
        '2018-03-01',
        (fx) => fx.org.cellA1,
      ),
      async verify({ db, id, fx }) {
        expect((await rowOf(db, table, id)).placed_in_id).toBe(fx.org.cellA1);
      },
    },
    refusal(
      'a record with no subject',
      input(() => ({}), '2022-03-15'),
      'BAD_USER_INPUT',
      'subjectOrganisationId',
    ),
    refusal(
      'a record with two subjects',
      input((fx) => ({ ...ofOrg((f) => f.org.grassrootsA)(fx), ...ofMember((f) => f.member.moved)(fx) }), '2022-03-15'),
      'BAD_USER_INPUT',
      'subjectMemberId',
    ),
    refusal(
      'an unknown subject organisation',
      input(
        ofOrg(() => 999_999),
        '2022-03-15',
      ),
      'NOT_FOUND',
      'subjectOrganisationId',
    ),
    refusal(
      'an unknown subject member',
      input(
        ofMember(() => 999_999),
        '2022-03-15',
      ),
      'NOT_FOUND',
      'subjectMemberId',
    ),
    refusal(
      'an unknown acting committee',
      input(
        ofOrg((fx) => fx.org.grassrootsA),
        '2022-03-15',
        () => 999_999,
      ),
      'NOT_FOUND',
      'actingCommitteeId',
    ),
    refusal(
      'a state body as the acting committee',
      input(
        ofOrg((fx) => fx.org.grassrootsA),
        '2022-03-15',
        (fx) => fx.org.peopleCommittee,
      ),
      'NOT_A_COMMITTEE',
      'actingCommitteeId',
    ),
    refusal(
      'the inspection commission of a cell, which has none',
      input(
        ofMember((fx) => fx.member.moved),
        '2022-03-15',
        (fx) => fx.org.cellA1,
        {
          actingBody: 'inspection_commission',
        },
      ),
      'NO_INSPECTION_COMMISSION',
      'actingBody',
    ),
    refusal(
      'a subject outside the acting committee’s subtree',
      input(
        ofOrg((fx) => fx.org.grassrootsA),
        '2022-03-15',
        (fx) => fx.org.districtB,
      ),
      'OUTSIDE_JURISDICTION',
      'subjectOrganisationId',
    ),
    refusal(
      'an organisation as its own subject',
      input(
        ofOrg((fx) => fx.org.districtA),
        '2022-03-15',
      ),
      'OUTSIDE_JURISDICTION',
      'subjectOrganisationId',
    ),
    refusal(
      'a member of a cell outside the acting committee’s subtree',
      input(
        ofMember((fx) => fx.member.moved),
        '2022-03-15',
        (fx) => fx.org.districtB,
      ),
      'OUTSIDE_JURISDICTION',
      'subjectMemberId',
    ),
    refusal(
      'an organisation dissolved before the day',
      input(
        ofOrg((fx) => fx.org.dissolvedCell),
        '2021-01-01',
      ),
      'ORGANISATION_DISSOLVED',
      'subjectOrganisationId',
    ),
    refusal(
      'a day before the organisation was founded',
      input(
        ofOrg((fx) => fx.org.youngCell),
        '2022-06-01',
      ),
      'DATE_BEFORE_SUBJECT',
      'subjectOrganisationId',
    ),
    refusal(
      'a day before the member was admitted',
      input(
        ofMember((fx) => fx.member.moved),
        '2010-05-18',
      ),
      'DATE_BEFORE_SUBJECT',
      'subjectMemberId',
    ),
    refusal(
      'a member who had left the roll by that day',
      input(
        ofMember((fx) => fx.member.exited),
        '2021-06-01',
      ),
      'MEMBER_LEFT',
      'subjectMemberId',
    ),
    refusal(
      'a day after today in Hà Nội',
      input(
        ofOrg((fx) => fx.org.grassrootsA),
        hanoiDay(1),
      ),
      'DATE_IN_FUTURE',
      day,
    ),
    refusal(
      'a day that is not on the calendar',
      input(
        ofOrg((fx) => fx.org.grassrootsA),
        '2022-13-01',
      ),
      'BAD_USER_INPUT',
      day,
    ),
  ];
}

const base = (fx: Fixture) => ({
  subjectOrganisationId: org(fx.org.grassrootsA),
  actingCommitteeId: org(fx.org.districtA),
});

export const oversightCases: MutationCase[] = [
  ...subjectCases('recordInspection'),
  {
    title: 'recordInspection records the team that carried it out',
    mutation: 'recordInspection',
    input: (fx) => ({
      ...base(fx),
      type: 'enforcement',
      teamId: ref('InspectionTeam', fx.team),
      occurredOn: '2022-04-02',
    }),
    async verify({ db, id, fx }) {
      expect(await rowOf(db, 'inspection', id)).toMatchObject({
        team_id: fx.team,
        type: 'enforcement',
        occurred_on: '2022-04-02',
      });
    },
  },
  {
    title: 'recordInspection refuses a day before its team was formed (DATE_BEFORE_SUBJECT)',
    mutation: 'recordInspection',
    input: (fx) => ({
      ...base(fx),
      type: 'thematic',
      teamId: ref('InspectionTeam', fx.team),
      occurredOn: '2022-02-28',
    }),
    refused: { code: 'DATE_BEFORE_SUBJECT', field: field('occurredOn') },
  },
  {
    title: 'recordInspection refuses an unknown team (NOT_FOUND)',
    mutation: 'recordInspection',
    input: (fx) => ({
      ...base(fx),
      type: 'thematic',
      teamId: ref('InspectionTeam', 999_999),
      occurredOn: '2022-04-02',
    }),
    refused: { code: 'NOT_FOUND', field: field('teamId') },
  },
  {
    title: 'recordInspection refuses an unknown inspection type (BAD_USER_INPUT)',
    mutation: 'recordInspection',
    input: (fx) => ({ ...base(fx), type: 'surprise', occurredOn: '2022-04-02' }),
    refused: { code: 'BAD_USER_INPUT', field: field('type') },
  },
  ...subjectCases('recordSupervision'),
  ...subjectCases('recordDisciplinaryAction'),
  {
    title: 'recordDisciplinaryAction records a warning to a member',
    mutation: 'recordDisciplinaryAction',
    input: (fx) => ({
      subjectMemberId: member(fx.member.moved),
      actingCommitteeId: org(fx.org.grassrootsA),
      actingBody: 'inspection_commission',
      form: 'warning',
      decidedOn: '2022-06-30',
    }),
    async verify({ db, id, fx }) {
      expect(await rowOf(db, 'disciplinary_action', id)).toMatchObject({
        form: 'warning',
        decided_on: '2022-06-30',
        placed_in_id: fx.org.cellA1,
      });
    },
  },
  {
    title: 'recordDisciplinaryAction refuses dissolving a member (FORM_DOES_NOT_FIT_SUBJECT)',
    mutation: 'recordDisciplinaryAction',
    input: (fx) => ({
      subjectMemberId: member(fx.member.moved),
      actingCommitteeId: org(fx.org.districtA),
      form: 'dissolution',
      decidedOn: '2022-06-30',
    }),
    refused: { code: 'FORM_DOES_NOT_FIT_SUBJECT', field: field('form') },
  },
  {
    title: 'recordDisciplinaryAction refuses expelling an organisation (FORM_DOES_NOT_FIT_SUBJECT)',
    mutation: 'recordDisciplinaryAction',
    input: (fx) => ({ ...base(fx), form: 'expulsion', decidedOn: '2022-06-30' }),
    refused: { code: 'FORM_DOES_NOT_FIT_SUBJECT', field: field('form') },
  },
  ...designationCases(),
  ...consolidationCases(),
];

function designationCases(): MutationCase[] {
  const designate =
    (pick: (fx: Fixture) => number, extra: Record<string, unknown> = {}) =>
    (fx: Fixture) => ({
      organisationId: org(pick(fx)),
      kind: 'weak',
      year: 2023,
      designatedOn: '2023-01-15',
      plan: 'Chỉ thị 15',
      ...extra,
    });
  const mutation: MutationName = 'designateOrganisation';
  return [
    {
      title: 'designateOrganisation names a cell weak for a year, monitored by a committee',
      mutation,
      input: (fx) => designate((f) => f.org.cellA1, { monitoredById: org(fx.org.districtA) })(fx),
      async verify({ db, id, fx, caller }) {
        expect(await rowOf(db, 'designation', id)).toMatchObject({
          organisation_id: fx.org.cellA1,
          kind: 'weak',
          year: 2023,
          designated_on: '2023-01-15',
          plan: 'Chỉ thị 15',
          monitored_by_id: fx.org.districtA,
          created_by: caller,
        });
      },
    },
    {
      title: 'designateOrganisation accepts a list drawn up at the end of the year before',
      mutation,
      input: designate((fx) => fx.org.cellA1, { kind: 'to_consolidate', year: 2023, designatedOn: '2022-12-20' }),
      async verify({ db, id }) {
        expect(await rowOf(db, 'designation', id)).toMatchObject({ year: 2023, designated_on: '2022-12-20' });
      },
    },
    {
      title: 'designateOrganisation refuses the same designation twice (ALREADY_DESIGNATED)',
      mutation,
      input: designate((fx) => fx.org.cellA1, { designatedOn: '2023-03-01' }),
      refused: { code: 'ALREADY_DESIGNATED', field: field('year') },
    },
    {
      title: 'designateOrganisation refuses an organisation above the grassroots (NOT_A_GRASSROOTS_ORGANISATION)',
      mutation,
      input: designate((fx) => fx.org.districtA),
      refused: { code: 'NOT_A_GRASSROOTS_ORGANISATION', field: field('organisationId') },
    },
    {
      title: 'designateOrganisation refuses a year the day cannot be for (BAD_USER_INPUT)',
      mutation,
      input: designate((fx) => fx.org.cellA1, { year: 2025 }),
      refused: { code: 'BAD_USER_INPUT', field: field('year') },
    },
    {
      title: 'designateOrganisation refuses a dissolved organisation (ORGANISATION_DISSOLVED)',
      mutation,
      input: designate((fx) => fx.org.dissolvedCell),
      refused: { code: 'ORGANISATION_DISSOLVED', field: field('organisationId') },
    },
    {
      title: 'designateOrganisation refuses a day before the organisation was founded (DATE_BEFORE_SUBJECT)',
      mutation,
      input: designate((fx) => fx.org.youngCell, { year: 2022, designatedOn: '2022-06-01' }),
      refused: { code: 'DATE_BEFORE_SUBJECT', field: field('organisationId') },
    },
    {
      title: 'designateOrganisation refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
      mutation,
      input: designate((fx) => fx.org.cellA2, { year: Number(hanoiDay(1).slice(0, 4)), designatedOn: hanoiDay(1) }),
      refused: { code: 'DATE_IN_FUTURE', field: field('designatedOn') },
    },
    {
      title: 'designateOrganisation refuses an unknown organisation (NOT_FOUND)',
      mutation,
      input: designate(() => 999_999),
      refused: { code: 'NOT_FOUND', field: field('organisationId') },
    },
    {
      title: 'designateOrganisation refuses an unknown monitoring body (NOT_FOUND)',
      mutation,
      input: (fx) => designate((f) => f.org.cellA2, { monitoredById: org(999_999) })(fx),
      refused: { code: 'NOT_FOUND', field: field('monitoredById') },
    },
  ];
}

function consolidationCases(): MutationCase[] {
  const consolidate = (pick: (fx: Fixture) => number, kind: string, year: number, on: string) => (fx: Fixture) => ({
    organisationId: org(pick(fx)),
    kind,
    year,
    consolidatedOn: on,
  });
  const mutation: MutationName = 'recordConsolidation';
  return [
    {
      title: 'recordConsolidation refuses a day before the designation (DATE_BEFORE_SUBJECT)',
      mutation,
      input: consolidate((fx) => fx.org.grassrootsA, 'weak', 2022, '2022-01-09'),
      refused: { code: 'DATE_BEFORE_SUBJECT', field: field('consolidatedOn') },
    },
    {
      title: 'recordConsolidation declares a designated organisation consolidated',
      mutation,
      input: consolidate((fx) => fx.org.grassrootsA, 'weak', 2022, '2022-06-15'),
      async verify({ db, id, caller }) {
        const row = await rowOf(db, 'consolidation', id);
        expect(row).toMatchObject({ consolidated_on: '2022-06-15', created_by: caller });
        const designation = await rowOf(db, 'designation', row.designation_id as number);
        expect(designation).toMatchObject({ kind: 'weak', year: 2022 });
      },
    },
    {
      title: 'recordConsolidation refuses consolidating twice (ALREADY_CONSOLIDATED)',
      mutation,
      input: consolidate((fx) => fx.org.grassrootsA, 'weak', 2022, '2022-07-01'),
      refused: { code: 'ALREADY_CONSOLIDATED', field: field('organisationId') },
    },
    {
      title: 'recordConsolidation refuses an organisation without that designation (NOT_DESIGNATED)',
      mutation,
      input: consolidate((fx) => fx.org.cellA2, 'weak', 2022, '2022-07-01'),
      refused: { code: 'NOT_DESIGNATED', field: field('organisationId') },
    },
    {
      title: 'recordConsolidation refuses a day after the organisation was dissolved (ORGANISATION_DISSOLVED)',
      mutation,
      input: consolidate((fx) => fx.org.dissolvedCell, 'weak', 2020, '2020-08-01'),
      refused: { code: 'ORGANISATION_DISSOLVED', field: field('organisationId') },
    },
    {
      title: 'recordConsolidation refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
      mutation,
      input: consolidate((fx) => fx.org.cellA1, 'weak', 2023, hanoiDay(1)),
      refused: { code: 'DATE_IN_FUTURE', field: field('consolidatedOn') },
    },
    {
      title: 'recordConsolidation refuses an unknown organisation (NOT_FOUND)',
      mutation,
      input: consolidate(() => 999_999, 'weak', 2022, '2022-07-01'),
      refused: { code: 'NOT_FOUND', field: field('organisationId') },
    },
  ];
}
