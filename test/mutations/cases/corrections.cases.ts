import { expect } from 'vitest';
import type { Fixture } from '../support/fixture.js';
import { type MutationCase, recordRef, ref } from '../support/mutation-case.js';
import { rowOf } from '../support/rows.js';

const at = (name: string) => ['input', name];
const voiding =
  (kind: string, pick: (fx: Fixture) => number, reason = 'Nhập sai') =>
  (fx: Fixture) => ({
    id: recordRef(kind, pick(fx)),
    reason,
  });

/** Corrections: voiding any voidable record, and create mutations that correct one (`corrects`). */
export const correctionsCases: MutationCase[] = [
  {
    title: 'voidRecord voids an inspection with when, who and why, and deletes nothing',
    mutation: 'voidRecord',
    input: voiding('Inspection', (fx) => fx.voids.inspection, 'Nhập trùng với biên bản khác'),
    async verify({ db, id, fx, caller }) {
      expect(id).toBe(fx.voids.inspection);
      const row = await rowOf(db, 'inspection', id);
      expect(row).toMatchObject({ voided_by: caller, void_reason: 'Nhập trùng với biên bản khác', updated_by: caller });
      expect(row.voided_at).not.toBeNull();
    },
  },
  {
    title: 'voidRecord refuses a record voided already (ALREADY_VOIDED)',
    mutation: 'voidRecord',
    input: voiding('Inspection', (fx) => fx.voids.voidedInspection),
    refused: { code: 'ALREADY_VOIDED', field: at('id') },
  },
  {
    title: 'voidRecord refuses an admission a later inspection of the member depends on (HAS_DEPENDANTS)',
    mutation: 'voidRecord',
    input: voiding('Member', (fx) => fx.voids.inspectedMember),
    refused: { code: 'HAS_DEPENDANTS', field: at('id') },
  },
  {
    title: 'voidRecord refuses a membership event a later inspection of the member depends on (HAS_DEPENDANTS)',
    mutation: 'voidRecord',
    input: voiding('MembershipEvent', (fx) => fx.voids.inspectedMemberFull),
    refused: { code: 'HAS_DEPENDANTS', field: at('id') },
  },
  {
    title: 'voidRecord refuses an inspection team whose inspections stand (HAS_DEPENDANTS)',
    mutation: 'voidRecord',
    input: voiding('InspectionTeam', (fx) => fx.voids.busyTeam),
    refused: { code: 'HAS_DEPENDANTS', field: at('id') },
  },
  {
    title: 'voidRecord refuses a kind that is not corrected by voiding (NOT_VOIDABLE)',
    mutation: 'voidRecord',
    input: voiding('Organisation', (fx) => fx.org.cellA1),
    refused: { code: 'NOT_VOIDABLE', field: at('id') },
  },
  {
    title: 'voidRecord refuses an admission event on its own: the Member is voided instead (NOT_VOIDABLE)',
    mutation: 'voidRecord',
    input: voiding('MembershipEvent', (fx) => fx.voids.wrongAdmission.event),
    refused: { code: 'NOT_VOIDABLE', field: at('id') },
  },
  {
    title: 'voidRecord refuses an unknown record (NOT_FOUND)',
    mutation: 'voidRecord',
    input: voiding('Inspection', () => 999_999),
    refused: { code: 'NOT_FOUND', field: at('id') },
  },
  {
    title: 'voidRecord refuses a void without a reason (BAD_USER_INPUT)',
    mutation: 'voidRecord',
    input: voiding('Inspection', (fx) => fx.voids.wrongInspection, ' '),
    refused: { code: 'BAD_USER_INPUT', field: at('reason') },
  },
  {
    title: 'voidRecord voids an exit and the member is on the roll again',
    mutation: 'voidRecord',
    input: voiding('MembershipEvent', (fx) => fx.voids.exitEvent),
    async verify({ db, fx }) {
      expect((await rowOf(db, 'membership_event', fx.voids.exitEvent)).void_reason).toBe('Nhập sai');
      expect(await rowOf(db, 'member', fx.member.exited)).toMatchObject({ left_on: null, status: 'probationary' });
    },
  },
  {
    title: 'voidRecord voids a transfer with its other half, and the member sits in the old cell again',
    mutation: 'voidRecord',
    input: voiding('MembershipEvent', (fx) => fx.voids.transfer.in),
    async verify({ db, fx }) {
      const { member, out } = fx.voids.transfer;
      expect((await rowOf(db, 'membership_event', out)).void_reason).toBe('Nhập sai');
      expect(await rowOf(db, 'member', member)).toMatchObject({ cell_id: fx.org.cellA2, left_on: null });
    },
  },
  {
    title: 'voidRecord voids an index score (reference data) for a whole-forest editor',
    mutation: 'voidRecord',
    input: voiding('IndexScore', (fx) => fx.voids.indexScore),
    async verify({ db, id }) {
      expect((await rowOf(db, 'index_score', id)).void_reason).toBe('Nhập sai');
    },
  },
  {
    title: 'admitMember refuses a correction whose new record is refused, and voids nothing (UNDER_AGE)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.child),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-03-03',
      corrects: recordRef('Member', fx.voids.wrongAdmission.member),
    }),
    refused: { code: 'UNDER_AGE', field: at('personId') },
  },
  {
    title: 'admitMember refuses to correct an admission later records depend on (HAS_DEPENDANTS)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.newcomer),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-03-03',
      corrects: recordRef('Member', fx.voids.inspectedMember),
    }),
    refused: { code: 'HAS_DEPENDANTS', field: at('corrects') },
  },
  {
    title: 'admitMember corrects an admission: the old one (row and event) is voided, the new one replaces it',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.voids.wrongAdmission.person),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2019-03-03',
      corrects: recordRef('Member', fx.voids.wrongAdmission.member),
      correctionReason: 'Sai chi bộ và ngày kết nạp',
    }),
    async verify({ db, id, fx, caller }) {
      const { member, event } = fx.voids.wrongAdmission;
      expect(await rowOf(db, 'member', id)).toMatchObject({
        replaces_id: member,
        cell_id: fx.org.cellA1,
        voided_at: null,
      });
      expect(await rowOf(db, 'member', member)).toMatchObject({
        voided_by: caller,
        void_reason: 'Sai chi bộ và ngày kết nạp',
      });
      expect((await rowOf(db, 'membership_event', event)).voided_by).toBe(caller);
      const replacement = await db.query('select replaces_id from membership_event where member_id = $1', [id]);
      expect(replacement.rows).toEqual([{ replaces_id: event }]);
    },
  },
  {
    title: 'admitMember refuses to correct a voided admission (ALREADY_VOIDED)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.newcomer),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-03-03',
      corrects: recordRef('Member', fx.voids.voidedMember),
    }),
    refused: { code: 'ALREADY_VOIDED', field: at('corrects') },
  },
  {
    title: 'admitMember refuses to correct an inspection (NOT_THE_SAME_KIND)',
    mutation: 'admitMember',
    input: (fx) => ({
      personId: ref('Person', fx.person.newcomer),
      cellId: ref('Organisation', fx.org.cellA1),
      admittedOn: '2022-03-03',
      corrects: recordRef('Inspection', fx.voids.wrongInspection),
    }),
    refused: { code: 'NOT_THE_SAME_KIND', field: at('corrects') },
  },
  {
    title: 'recordInspection corrects an inspection: the new record replaces the voided one',
    mutation: 'recordInspection',
    input: (fx) => ({
      subjectOrganisationId: ref('Organisation', fx.org.cellA1),
      actingCommitteeId: ref('Organisation', fx.org.districtA),
      type: 'regular',
      occurredOn: '2022-04-02',
      corrects: recordRef('Inspection', fx.voids.wrongInspection),
    }),
    async verify({ db, id, fx }) {
      expect(await rowOf(db, 'inspection', id)).toMatchObject({ replaces_id: fx.voids.wrongInspection });
      expect((await rowOf(db, 'inspection', fx.voids.wrongInspection)).void_reason).toMatch(/corrected/);
    },
  },
  {
    title: 'recordSupervision refuses to correct an inspection (NOT_THE_SAME_KIND)',
    mutation: 'recordSupervision',
    input: (fx) => ({
      subjectOrganisationId: ref('Organisation', fx.org.cellA1),
      actingCommitteeId: ref('Organisation', fx.org.districtA),
      type: 'regular',
      occurredOn: '2022-04-02',
      corrects: recordRef('Inspection', fx.voids.inspection),
    }),
    refused: { code: 'NOT_THE_SAME_KIND', field: at('corrects') },
  },
  {
    title: 'recordDisciplinaryAction refuses a voided member as subject (RECORD_VOIDED)',
    mutation: 'recordDisciplinaryAction',
    input: (fx) => ({
      subjectMemberId: ref('Member', fx.voids.voidedMember),
      actingCommitteeId: ref('Organisation', fx.org.districtA),
      form: 'reprimand',
      decidedOn: '2022-04-02',
    }),
    refused: { code: 'RECORD_VOIDED', field: at('subjectMemberId') },
  },
  {
    title: 'recordExit refuses to correct a full membership: an exit corrects an exit (NOT_THE_SAME_KIND)',
    mutation: 'recordExit',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongExit.member),
      reason: 'death',
      leftOn: '2021-05-20',
      corrects: recordRef('MembershipEvent', fx.voids.wrongFull.event),
    }),
    refused: { code: 'NOT_THE_SAME_KIND', field: at('corrects') },
  },
  {
    title:
      'confirmFullMembership refuses to correct an exit: a full membership corrects a full membership (NOT_THE_SAME_KIND)',
    mutation: 'confirmFullMembership',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongFull.member),
      confirmedOn: '2021-02-01',
      corrects: recordRef('MembershipEvent', fx.voids.wrongExit.event),
    }),
    refused: { code: 'NOT_THE_SAME_KIND', field: at('corrects') },
  },
  {
    title: 'recordExit refuses to correct an inspection (NOT_THE_SAME_KIND)',
    mutation: 'recordExit',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongExit.member),
      reason: 'death',
      leftOn: '2021-05-20',
      corrects: recordRef('Inspection', fx.voids.wrongInspection),
    }),
    refused: { code: 'NOT_THE_SAME_KIND', field: at('corrects') },
  },
  {
    title: 'recordExit refuses a correction whose new exit is refused, and voids nothing (EVENT_OUT_OF_ORDER)',
    mutation: 'recordExit',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongExit.member),
      reason: 'death',
      leftOn: '2005-12-01',
      corrects: recordRef('MembershipEvent', fx.voids.wrongExit.event),
    }),
    refused: { code: 'EVENT_OUT_OF_ORDER', field: at('leftOn') },
  },
  {
    title:
      'transferMember refuses to correct the arrival half of a move: a transfer is corrected by its TRANSFER_OUT (NOT_THE_SAME_KIND)',
    mutation: 'transferMember',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongMoves[0]?.member as number),
      toCellId: ref('Organisation', fx.org.cellA1),
      transferredOn: '2020-02-15',
      corrects: recordRef('MembershipEvent', fx.voids.wrongMoves[0]?.in as number),
    }),
    refused: { code: 'NOT_THE_SAME_KIND', field: at('corrects') },
  },
  {
    title:
      'transferMember corrects a move: both halves voided, the member moved again on the new day, the new move replacing the old',
    mutation: 'transferMember',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongMoves[0]?.member as number),
      toCellId: ref('Organisation', fx.org.cellA1),
      transferredOn: '2020-02-15',
      corrects: recordRef('MembershipEvent', fx.voids.wrongMoves[0]?.out as number),
      correctionReason: 'Sai ngày chuyển',
    }),
    async verify({ db, id, fx, caller }) {
      const move = fx.voids.wrongMoves[0] as { member: number; out: number; in: number };
      expect(id).toBe(move.member);
      expect(await rowOf(db, 'member', id)).toMatchObject({ cell_id: fx.org.cellA1 });
      for (const old of [move.out, move.in])
        expect(await rowOf(db, 'membership_event', old)).toMatchObject({
          voided_by: caller,
          void_reason: 'Sai ngày chuyển',
        });
      const live = await db.query(
        `select kind, occurred_on::text, organisation_id, replaces_id from membership_event
          where member_id = $1 and kind like 'transfer%' and voided_at is null order by kind`,
        [id],
      );
      expect(live.rows).toEqual([
        { kind: 'transfer_in', occurred_on: '2020-02-15', organisation_id: fx.org.cellA1, replaces_id: null },
        { kind: 'transfer_out', occurred_on: '2020-02-15', organisation_id: fx.org.cellA2, replaces_id: move.out },
      ]);
    },
  },
  {
    title:
      'transferOut corrects a move that was in fact a transfer out of the city: the member leaves the roll that day',
    mutation: 'transferOut',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongMoves[1]?.member as number),
      transferredOn: '2020-05-01',
      corrects: recordRef('MembershipEvent', fx.voids.wrongMoves[1]?.out as number),
    }),
    async verify({ db, id, fx }) {
      const move = fx.voids.wrongMoves[1] as { member: number; out: number; in: number };
      expect(await rowOf(db, 'member', id)).toMatchObject({
        cell_id: fx.org.cellA2,
        status: 'transferred_out',
        left_on: '2020-05-01',
      });
      const live = await db.query(
        `select kind, counterpart_id, replaces_id from membership_event
          where member_id = $1 and kind like 'transfer%' and voided_at is null`,
        [id],
      );
      expect(live.rows).toEqual([{ kind: 'transfer_out', counterpart_id: null, replaces_id: move.out }]);
    },
  },
  {
    title:
      'transferIn corrects an arrival entered wrongly: the member row and its transfer in voided, the new arrival replacing them',
    mutation: 'transferIn',
    input: (fx) => ({
      personId: ref('Person', fx.voids.wrongArrival.person),
      cellId: ref('Organisation', fx.org.cellA2),
      admittedOn: '2010-04-01',
      fullMemberOn: '2011-04-01',
      arrivedOn: '2021-03-15',
      corrects: recordRef('Member', fx.voids.wrongArrival.member),
      correctionReason: 'Sai chi bộ và ngày đến',
    }),
    async verify({ db, id, fx, caller }) {
      const { member, event } = fx.voids.wrongArrival;
      expect(await rowOf(db, 'member', member)).toMatchObject({
        voided_by: caller,
        void_reason: 'Sai chi bộ và ngày đến',
      });
      expect(await rowOf(db, 'membership_event', event)).toMatchObject({ voided_by: caller });
      expect(await rowOf(db, 'member', id)).toMatchObject({
        cell_id: fx.org.cellA2,
        arrived_on: '2021-03-15',
        status: 'full',
        replaces_id: member,
      });
    },
  },
  {
    title:
      'recordExit corrects an exit: the old event is voided, the new one replaces it, the member left on the new day',
    mutation: 'recordExit',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongExit.member),
      reason: 'death',
      leftOn: '2021-05-20',
      corrects: recordRef('MembershipEvent', fx.voids.wrongExit.event),
      correctionReason: 'Sai lý do và ngày',
    }),
    async verify({ db, id, fx, caller }) {
      const { member, event } = fx.voids.wrongExit;
      expect(id).toBe(member);
      expect(await rowOf(db, 'member', id)).toMatchObject({ status: 'exited', left_on: '2021-05-20' });
      expect(await rowOf(db, 'membership_event', event)).toMatchObject({
        voided_by: caller,
        void_reason: 'Sai lý do và ngày',
      });
      const live = await db.query(
        `select exit_reason, occurred_on::text, organisation_id, replaces_id from membership_event
          where member_id = $1 and kind = 'exit' and voided_at is null`,
        [id],
      );
      expect(live.rows).toEqual([
        { exit_reason: 'death', occurred_on: '2021-05-20', organisation_id: fx.org.cellA2, replaces_id: event },
      ]);
    },
  },
  {
    title: 'recordExit refuses to correct the exit the case above replaced (ALREADY_VOIDED)',
    mutation: 'recordExit',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongExit.member),
      reason: 'death',
      leftOn: '2021-05-20',
      corrects: recordRef('MembershipEvent', fx.voids.wrongExit.event),
    }),
    refused: { code: 'ALREADY_VOIDED', field: at('corrects') },
  },
  {
    title: 'confirmFullMembership refuses to correct a full membership a later inspection depends on (HAS_DEPENDANTS)',
    mutation: 'confirmFullMembership',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.inspectedMember),
      confirmedOn: '2016-02-03',
      corrects: recordRef('MembershipEvent', fx.voids.inspectedMemberFull),
    }),
    refused: { code: 'HAS_DEPENDANTS', field: at('corrects') },
  },
  {
    title:
      'confirmFullMembership refuses a correction dated before the probation ends, and voids nothing (PROBATION_NOT_OVER)',
    mutation: 'confirmFullMembership',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongFull.member),
      confirmedOn: '2020-12-01',
      corrects: recordRef('MembershipEvent', fx.voids.wrongFull.event),
    }),
    refused: { code: 'PROBATION_NOT_OVER', field: at('confirmedOn') },
  },
  {
    title: 'confirmFullMembership corrects a full membership: the old event is voided, the new day replaces it',
    mutation: 'confirmFullMembership',
    input: (fx) => ({
      memberId: ref('Member', fx.voids.wrongFull.member),
      confirmedOn: '2021-02-01',
      corrects: recordRef('MembershipEvent', fx.voids.wrongFull.event),
    }),
    async verify({ db, id, fx, caller }) {
      const { member, event } = fx.voids.wrongFull;
      expect(id).toBe(member);
      expect(await rowOf(db, 'member', id)).toMatchObject({ status: 'full', full_member_on: '2021-02-01' });
      expect(await rowOf(db, 'membership_event', event)).toMatchObject({ voided_by: caller });
      expect((await rowOf(db, 'membership_event', event)).void_reason).toMatch(/corrected/);
      const live = await db.query(
        `select occurred_on::text, replaces_id from membership_event
          where member_id = $1 and kind = 'full_membership' and voided_at is null`,
        [id],
      );
      expect(live.rows).toEqual([{ occurred_on: '2021-02-01', replaces_id: event }]);
    },
  },
  {
    title: 'recordIndexScore corrects a score of the same index, unit and year: voided first, not ALREADY_RECORDED',
    mutation: 'recordIndexScore',
    input: (fx) => ({
      index: 'SIPAS',
      year: 2021,
      unitId: ref('AdministrativeUnit', fx.unit.city),
      score: 81.2,
      rank: 8,
      outOf: 63,
      corrects: recordRef('IndexScore', fx.voids.wrongIndexScore),
      correctionReason: 'Sai điểm số',
    }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'index_score', id)).toMatchObject({
        replaces_id: fx.voids.wrongIndexScore,
        score: 81.2,
        voided_at: null,
      });
      expect(await rowOf(db, 'index_score', fx.voids.wrongIndexScore)).toMatchObject({
        voided_by: caller,
        void_reason: 'Sai điểm số',
      });
    },
  },
  {
    title: 'recordIndexScore refuses to correct the score the case above replaced (ALREADY_VOIDED)',
    mutation: 'recordIndexScore',
    input: (fx) => ({
      index: 'SIPAS',
      year: 2021,
      unitId: ref('AdministrativeUnit', fx.unit.city),
      score: 82,
      corrects: recordRef('IndexScore', fx.voids.wrongIndexScore),
    }),
    refused: { code: 'ALREADY_VOIDED', field: at('corrects') },
  },
  {
    title: 'formInspectionTeam corrects a team: the new team replaces the voided one',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn kiểm tra số 9 của Ban Thường vụ Quận ủy',
      formedById: ref('Organisation', fx.org.districtA),
      formedOn: '2022-03-02',
      members: [{ personId: ref('Person', fx.person.secretary), role: 'head' }],
      corrects: recordRef('InspectionTeam', fx.voids.wrongTeam),
    }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'inspection_team', id)).toMatchObject({
        replaces_id: fx.voids.wrongTeam,
        voided_at: null,
      });
      expect(await rowOf(db, 'inspection_team', fx.voids.wrongTeam)).toMatchObject({ voided_by: caller });
    },
  },
  {
    title: 'formInspectionTeam refuses to correct a meeting (NOT_THE_SAME_KIND)',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn kiểm tra số 10',
      formedById: ref('Organisation', fx.org.districtA),
      formedOn: '2022-03-02',
      members: [{ personId: ref('Person', fx.person.secretary), role: 'head' }],
      corrects: recordRef('Meeting', fx.voids.wrongMeeting),
    }),
    refused: { code: 'NOT_THE_SAME_KIND', field: at('corrects') },
  },
  {
    title: 'recordMeeting corrects a meeting: the new meeting replaces the voided one',
    mutation: 'recordMeeting',
    input: (fx) => ({
      bodyId: ref('Organisation', fx.org.districtA),
      heldOn: '2022-07-13',
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2022',
      participants: [{ personId: ref('Person', fx.person.secretary), role: 'chair' }],
      corrects: recordRef('Meeting', fx.voids.wrongMeeting),
      correctionReason: 'Sai ngày họp',
    }),
    async verify({ db, id, fx }) {
      expect(await rowOf(db, 'meeting', id)).toMatchObject({ replaces_id: fx.voids.wrongMeeting, voided_at: null });
      expect((await rowOf(db, 'meeting', fx.voids.wrongMeeting)).void_reason).toBe('Sai ngày họp');
    },
  },
  {
    title: 'recordMeeting refuses to correct the meeting the case above replaced (ALREADY_VOIDED)',
    mutation: 'recordMeeting',
    input: (fx) => ({
      bodyId: ref('Organisation', fx.org.districtA),
      heldOn: '2022-07-13',
      title: 'Hội nghị sơ kết',
      participants: [{ personId: ref('Person', fx.person.secretary), role: 'chair' }],
      corrects: recordRef('Meeting', fx.voids.wrongMeeting),
    }),
    refused: { code: 'ALREADY_VOIDED', field: at('corrects') },
  },
];
