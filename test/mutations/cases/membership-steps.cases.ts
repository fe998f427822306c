import { expect } from 'vitest';
import type { Fixture } from '../support/fixture.js';
import { type MutationCase, ref } from '../support/mutation-case.js';
import { hanoiDay, rowOf } from '../support/rows.js';
import type { MutationName } from '../support/service-calls.js';

const field = (name: string) => ['input', name];
const org = (id: number) => ref('Organisation', id);
const member = (id: number) => ref('Member', id);

/** A member's events written on a day, as the analytics read them. */
async function eventsOn(db: Written['db'], memberId: number, day: string) {
  const { rows } = await db.query(
    `select kind, exit_reason, organisation_id, counterpart_id, created_by from membership_event
     where member_id = $1 and occurred_on = $2 order by id`,
    [memberId, day],
  );
  return rows;
}
type Written = Parameters<NonNullable<MutationCase['verify']>>[0];

const refusal = (
  mutation: MutationName,
  title: string,
  input: (fx: Fixture) => Record<string, unknown>,
  code: string,
  at: readonly (string | number)[],
): MutationCase => ({ title: `${mutation} refuses ${title} (${code})`, mutation, input, refused: { code, field: at } });

/**
 * Transfers, full membership, exits and arrivals, run after every other group: they move and end
 * the fixture's members. Each accepted case checks the rows exactly as the world generator writes
 * them, since the analytics count those.
 */
export const membershipStepCases: MutationCase[] = [
  refusal(
    'transferMember',
    'a transfer into the cell the member sits in',
    (fx) => ({ memberId: member(fx.member.moved), toCellId: org(fx.org.cellA1), transferredOn: '2022-08-01' }),
    'SAME_CELL',
    field('toCellId'),
  ),
  refusal(
    'transferMember',
    "a day before the member's latest event",
    (fx) => ({ memberId: member(fx.member.moved), toCellId: org(fx.org.cellB1), transferredOn: '2017-01-01' }),
    'EVENT_OUT_OF_ORDER',
    field('transferredOn'),
  ),
  refusal(
    'transferMember',
    'a destination that is not a chi bộ',
    (fx) => ({ memberId: member(fx.member.moved), toCellId: org(fx.org.grassrootsA), transferredOn: '2022-08-01' }),
    'NOT_A_CELL',
    field('toCellId'),
  ),
  refusal(
    'transferMember',
    'a member who has left',
    (fx) => ({ memberId: member(fx.member.exited), toCellId: org(fx.org.cellA2), transferredOn: '2022-08-01' }),
    'MEMBER_LEFT',
    field('memberId'),
  ),
  refusal(
    'transferMember',
    'a day after today in Hà Nội',
    (fx) => ({ memberId: member(fx.member.moved), toCellId: org(fx.org.cellB1), transferredOn: hanoiDay(1) }),
    'DATE_IN_FUTURE',
    field('transferredOn'),
  ),
  refusal(
    'transferMember',
    'a cell dissolved by the day',
    (fx) => ({ memberId: member(fx.member.moved), toCellId: org(fx.org.dissolvedCell), transferredOn: '2022-08-01' }),
    'ORGANISATION_DISSOLVED',
    field('toCellId'),
  ),
  refusal(
    'transferMember',
    "a day before one of the member's inspections, which would then count in a cell they had left",
    (fx) => ({ memberId: member(fx.member.moved), toCellId: org(fx.org.cellA2), transferredOn: '2022-06-01' }),
    'LATER_RECORDS_EXIST',
    field('transferredOn'),
  ),
  {
    title:
      'transferMember moves a member to a cell of another district: out of the old cell, into the new, each naming the other',
    mutation: 'transferMember',
    input: (fx) => ({ memberId: member(fx.member.moved), toCellId: org(fx.org.cellB1), transferredOn: '2022-08-01' }),
    async verify({ db, id, fx, caller }) {
      expect(id).toBe(fx.member.moved);
      expect(await rowOf(db, 'member', id)).toMatchObject({
        cell_id: fx.org.cellB1,
        status: 'full',
        updated_by: caller,
      });
      expect(await eventsOn(db, id, '2022-08-01')).toEqual([
        {
          kind: 'transfer_out',
          exit_reason: null,
          organisation_id: fx.org.cellA1,
          counterpart_id: fx.org.cellB1,
          created_by: caller,
        },
        {
          kind: 'transfer_in',
          exit_reason: null,
          organisation_id: fx.org.cellB1,
          counterpart_id: fx.org.cellA1,
          created_by: caller,
        },
      ]);
    },
  },
  refusal(
    'confirmFullMembership',
    'a day before the probation ends',
    (fx) => ({ memberId: member(fx.member.probationer), confirmedOn: '2022-02-28' }),
    'PROBATION_NOT_OVER',
    field('confirmedOn'),
  ),
  refusal(
    'confirmFullMembership',
    'a full member',
    (fx) => ({ memberId: member(fx.member.moved), confirmedOn: '2022-09-01' }),
    'ALREADY_FULL_MEMBER',
    field('memberId'),
  ),
  {
    title: 'confirmFullMembership makes a member full on the last day of the probation, with the event in their cell',
    mutation: 'confirmFullMembership',
    input: (fx) => ({ memberId: member(fx.member.probationer), confirmedOn: '2022-03-01' }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'member', id)).toMatchObject({ status: 'full', full_member_on: '2022-03-01' });
      expect(await eventsOn(db, id, '2022-03-01')).toEqual([
        {
          kind: 'full_membership',
          exit_reason: null,
          organisation_id: fx.org.cellA2,
          counterpart_id: null,
          created_by: caller,
        },
      ]);
    },
  },
  refusal(
    'recordExit',
    'an expulsion without its decision',
    (fx) => ({ memberId: member(fx.member.expellee), reason: 'expulsion', leftOn: '2023-03-01' }),
    'NO_EXPULSION_DECISION',
    field('disciplinaryActionId'),
  ),
  refusal(
    'recordExit',
    'an expulsion resting on a reprimand of another member',
    (fx) => ({
      memberId: member(fx.member.expellee),
      reason: 'expulsion',
      leftOn: '2023-03-01',
      disciplinaryActionId: ref('DisciplinaryAction', fx.discipline.reprimand),
    }),
    'NO_EXPULSION_DECISION',
    field('disciplinaryActionId'),
  ),
  refusal(
    'recordExit',
    'an expulsion dated before its decision',
    (fx) => ({
      memberId: member(fx.member.expellee),
      reason: 'expulsion',
      leftOn: '2023-02-01',
      disciplinaryActionId: ref('DisciplinaryAction', fx.discipline.expulsion),
    }),
    'DATE_BEFORE_SUBJECT',
    field('leftOn'),
  ),
  refusal(
    'recordExit',
    'a decision given with another reason',
    (fx) => ({
      memberId: member(fx.member.expellee),
      reason: 'death',
      leftOn: '2023-03-01',
      disciplinaryActionId: ref('DisciplinaryAction', fx.discipline.expulsion),
    }),
    'BAD_USER_INPUT',
    field('disciplinaryActionId'),
  ),
  {
    title: 'recordExit expels a member on the decision on record: an exit event in their cell, the member exited',
    mutation: 'recordExit',
    input: (fx) => ({
      memberId: member(fx.member.expellee),
      reason: 'expulsion',
      leftOn: '2023-03-01',
      disciplinaryActionId: ref('DisciplinaryAction', fx.discipline.expulsion),
    }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'member', id)).toMatchObject({ status: 'exited', left_on: '2023-03-01' });
      expect(await eventsOn(db, id, '2023-03-01')).toEqual([
        {
          kind: 'exit',
          exit_reason: 'expulsion',
          organisation_id: fx.org.cellA1,
          counterpart_id: null,
          created_by: caller,
        },
      ]);
    },
  },
  refusal(
    'recordExit',
    'a member who has left already',
    (fx) => ({ memberId: member(fx.member.expellee), reason: 'resignation', leftOn: '2023-04-01' }),
    'MEMBER_LEFT',
    field('memberId'),
  ),
  refusal(
    'recordExit',
    'an expulsion decided in the same call by a committee the member does not sit under',
    (fx) => ({
      memberId: member(fx.member.moved),
      reason: 'expulsion',
      leftOn: '2023-05-01',
      actingCommitteeId: org(fx.org.districtA),
    }),
    'OUTSIDE_JURISDICTION',
    field('memberId'),
  ),
  {
    title: 'recordExit expels a member with the decision made in the same call, dated the day they leave',
    mutation: 'recordExit',
    input: (fx) => ({
      memberId: member(fx.member.probationer),
      reason: 'expulsion',
      leftOn: '2023-05-01',
      actingCommitteeId: org(fx.org.grassrootsA),
      actingBody: 'inspection_commission',
    }),
    async verify({ db, id, fx, caller }) {
      const { rows } = await db.query(
        `select form, decided_on::text, placed_in_id, acting_committee_id, acting_body, created_by
         from disciplinary_action where subject_member_id = $1`,
        [id],
      );
      expect(rows).toEqual([
        {
          form: 'expulsion',
          decided_on: '2023-05-01',
          placed_in_id: fx.org.cellA2,
          acting_committee_id: fx.org.grassrootsA,
          acting_body: 'inspection_commission',
          created_by: caller,
        },
      ]);
      expect(await eventsOn(db, id, '2023-05-01')).toEqual([
        {
          kind: 'exit',
          exit_reason: 'expulsion',
          organisation_id: fx.org.cellA2,
          counterpart_id: null,
          created_by: caller,
        },
      ]);
    },
  },
  refusal(
    'transferOut',
    "a day before the member's latest event",
    (fx) => ({ memberId: member(fx.member.moved), transferredOn: '2022-05-01' }),
    'EVENT_OUT_OF_ORDER',
    field('transferredOn'),
  ),
  {
    title: "transferOut takes a member off the city's roll: a transfer-out event without a counterpart",
    mutation: 'transferOut',
    input: (fx) => ({ memberId: member(fx.member.leaver), transferredOn: '2022-09-01' }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'member', id)).toMatchObject({
        status: 'transferred_out',
        left_on: '2022-09-01',
        cell_id: fx.org.cellA2,
      });
      expect(await eventsOn(db, id, '2022-09-01')).toEqual([
        {
          kind: 'transfer_out',
          exit_reason: null,
          organisation_id: fx.org.cellA2,
          counterpart_id: null,
          created_by: caller,
        },
      ]);
    },
  },
  refusal(
    'transferOut',
    'a member transferred out already',
    (fx) => ({ memberId: member(fx.member.leaver), transferredOn: '2022-10-01' }),
    'MEMBER_LEFT',
    field('memberId'),
  ),
  {
    title: 'recordExit records a death in the cell the member sits in after a transfer',
    mutation: 'recordExit',
    input: (fx) => ({ memberId: member(fx.member.moved), reason: 'death', leftOn: '2024-01-01' }),
    async verify({ db, id, fx }) {
      expect(await eventsOn(db, id, '2024-01-01')).toMatchObject([
        { kind: 'exit', exit_reason: 'death', organisation_id: fx.org.cellB1, counterpart_id: null },
      ]);
    },
  },
  {
    title:
      'transferIn records a full member arriving from elsewhere: a member from arrivedOn, a transfer-in event, no admission',
    mutation: 'transferIn',
    input: (fx) => ({
      person: { fullName: 'Lý Thu Trang', sex: 'female', birthYear: 1992, education: 'postgraduate', ethnicity: 'Tày' },
      cellId: org(fx.org.cellA1),
      admittedOn: '2019-05-19',
      fullMemberOn: '2020-05-19',
      arrivedOn: '2022-04-01',
    }),
    async verify({ db, id, fx, caller }) {
      const row = await rowOf(db, 'member', id);
      expect(row).toMatchObject({
        cell_id: fx.org.cellA1,
        admitted_on: '2019-05-19',
        probation_ends_on: '2020-05-19',
        full_member_on: '2020-05-19',
        arrived_on: '2022-04-01',
        status: 'full',
        left_on: null,
        created_by: caller,
      });
      expect(await rowOf(db, 'person', row.person_id as number)).toMatchObject({
        full_name: 'Lý Thu Trang',
        ethnicity: 'Tày',
      });
      const { rows } = await db.query(
        'select kind, occurred_on::text, organisation_id, counterpart_id from membership_event where member_id = $1',
        [id],
      );
      expect(rows).toEqual([
        { kind: 'transfer_in', occurred_on: '2022-04-01', organisation_id: fx.org.cellA1, counterpart_id: null },
      ]);
    },
  },
  {
    title: 'transferIn records someone on record arriving on probation',
    mutation: 'transferIn',
    input: (fx) => ({
      personId: ref('Person', fx.person.secretary),
      cellId: org(fx.org.cellB1),
      admittedOn: '2022-01-10',
      arrivedOn: '2022-05-01',
    }),
    async verify({ db, id, fx }) {
      expect(await rowOf(db, 'member', id)).toMatchObject({
        person_id: fx.person.secretary,
        status: 'probationary',
        probation_ends_on: '2023-01-10',
        full_member_on: null,
        arrived_on: '2022-05-01',
      });
    },
  },
  refusal(
    'transferIn',
    'someone who was a member',
    (fx) => ({
      personId: ref('Person', fx.person.exited),
      cellId: org(fx.org.cellA1),
      admittedOn: '2019-01-01',
      arrivedOn: '2022-01-01',
    }),
    'ALREADY_MEMBER',
    field('personId'),
  ),
  refusal(
    'transferIn',
    'full membership before the probation ended',
    (fx) => ({
      personId: ref('Person', fx.person.deputy),
      cellId: org(fx.org.cellA1),
      admittedOn: '2019-05-19',
      fullMemberOn: '2020-05-18',
      arrivedOn: '2022-01-01',
    }),
    'PROBATION_NOT_OVER',
    field('fullMemberOn'),
  ),
  refusal(
    'transferIn',
    'full membership after the arrival, which confirmFullMembership records',
    (fx) => ({
      personId: ref('Person', fx.person.deputy),
      cellId: org(fx.org.cellA1),
      admittedOn: '2019-05-19',
      fullMemberOn: '2022-02-01',
      arrivedOn: '2022-01-01',
    }),
    'EVENT_OUT_OF_ORDER',
    field('fullMemberOn'),
  ),
  refusal(
    'transferIn',
    'an arrival before the admission',
    (fx) => ({
      personId: ref('Person', fx.person.deputy),
      cellId: org(fx.org.cellA1),
      admittedOn: '2019-05-19',
      arrivedOn: '2019-01-01',
    }),
    'DATE_BEFORE_SUBJECT',
    field('arrivedOn'),
  ),
  refusal(
    'transferIn',
    'a destination that is not a chi bộ',
    (fx) => ({
      personId: ref('Person', fx.person.deputy),
      cellId: org(fx.org.districtA),
      admittedOn: '2019-05-19',
      arrivedOn: '2022-01-01',
    }),
    'NOT_A_CELL',
    field('cellId'),
  ),
];
