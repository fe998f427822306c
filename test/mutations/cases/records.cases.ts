import { expect } from 'vitest';
import { type MutationCase, ref } from '../support/mutation-case.js';
import { hanoiDay, rowOf } from '../support/rows.js';

const field = (name: string) => ['input', name];
const person = (id: number) => ref('Person', id);
const unit = (id: number) => ref('AdministrativeUnit', id);
const org = (id: number) => ref('Organisation', id);
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
  {
    title: 'formInspectionTeam forms a team with its head and members in list order and its documents',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn kiểm tra số 2 của Ban Thường vụ Quận ủy',
      formedById: org(fx.org.districtA),
      formedOn: '2022-03-01',
      programmeId: ref('Programme', fx.programme),
      members: [
        { personId: person(fx.person.secretary), role: 'head', roleLabel: 'Bí thư Quận ủy' },
        { personId: person(fx.person.deputy), role: 'member' },
      ],
      documentIds: [ref('Document', fx.document)],
    }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'inspection_team', id)).toMatchObject({
        name: 'Đoàn kiểm tra số 2 của Ban Thường vụ Quận ủy',
        formed_by_id: fx.org.districtA,
        formed_on: '2022-03-01',
        programme_id: fx.programme,
        created_by: caller,
      });
      const members = await db.query(
        'select person_id, role, role_label, sort_order from inspection_team_member where team_id = $1 order by sort_order',
        [id],
      );
      expect(members.rows).toEqual([
        { person_id: fx.person.secretary, role: 'head', role_label: 'Bí thư Quận ủy', sort_order: 1 },
        { person_id: fx.person.deputy, role: 'member', role_label: null, sort_order: 2 },
      ]);
      const documents = await db.query(
        'select document_id from inspection_team_document where inspection_team_id = $1',
        [id],
      );
      expect(documents.rows).toEqual([{ document_id: fx.document }]);
    },
  },
  {
    title: 'formInspectionTeam refuses a team without a head (NO_PARTICIPANTS)',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn không trưởng đoàn',
      formedById: org(fx.org.districtA),
      formedOn: '2022-03-01',
      members: [{ personId: person(fx.person.deputy), role: 'member' }],
    }),
    refused: { code: 'NO_PARTICIPANTS', field: field('members') },
  },
  {
    title: 'formInspectionTeam refuses a person listed twice (DUPLICATE_PERSON)',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn trùng người',
      formedById: org(fx.org.districtA),
      formedOn: '2022-03-01',
      members: [
        { personId: person(fx.person.secretary), role: 'head' },
        { personId: person(fx.person.secretary), role: 'deputy' },
      ],
    }),
    refused: { code: 'DUPLICATE_PERSON', field: ['input', 'members', 1, 'personId'] },
  },
  {
    title: 'formInspectionTeam refuses a chi bộ as the forming body (NOT_A_COMMITTEE)',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn của chi bộ',
      formedById: org(fx.org.cellA1),
      formedOn: '2022-03-01',
      members: [{ personId: person(fx.person.secretary), role: 'head' }],
    }),
    refused: { code: 'NOT_A_COMMITTEE', field: field('formedById') },
  },
  {
    title: 'formInspectionTeam refuses a day before the forming committee existed (DATE_BEFORE_SUBJECT)',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn quá sớm',
      formedById: org(fx.org.districtA),
      formedOn: '1950-01-01',
      members: [{ personId: person(fx.person.secretary), role: 'head' }],
    }),
    refused: { code: 'DATE_BEFORE_SUBJECT', field: field('formedById') },
  },
  {
    title: 'formInspectionTeam refuses an unknown document, naming its place in the list (NOT_FOUND)',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn văn bản lạ',
      formedById: org(fx.org.districtA),
      formedOn: '2022-03-01',
      members: [{ personId: person(fx.person.secretary), role: 'head' }],
      documentIds: [ref('Document', 999_999)],
    }),
    refused: { code: 'NOT_FOUND', field: ['input', 'documentIds', 0] },
  },
  {
    title: 'formInspectionTeam refuses a document listed twice (BAD_USER_INPUT)',
    mutation: 'formInspectionTeam',
    input: (fx) => ({
      name: 'Đoàn văn bản trùng',
      formedById: org(fx.org.districtA),
      formedOn: '2022-03-01',
      members: [{ personId: person(fx.person.secretary), role: 'head' }],
      documentIds: [ref('Document', fx.document), ref('Document', fx.document)],
    }),
    refused: { code: 'BAD_USER_INPUT', field: field('documentIds') },
  },
  {
    title: 'recordMeeting records a meeting with its chair and attendees in protocol order and its documents',
    mutation: 'recordMeeting',
    input: (fx) => ({
      bodyId: org(fx.org.districtA),
      heldOn: '2022-07-13',
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2022',
      purpose: 'Sơ kết Chương trình 01-CTr/TU',
      programmeId: ref('Programme', fx.programme),
      participants: [
        { personId: person(fx.person.secretary), role: 'chair', roleLabel: 'Bí thư Quận ủy' },
        { personId: person(fx.person.deputy), role: 'attendee' },
      ],
      documentIds: [ref('Document', fx.document)],
    }),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'meeting', id)).toMatchObject({
        body_id: fx.org.districtA,
        held_on: '2022-07-13',
        title: 'Hội nghị sơ kết 6 tháng đầu năm 2022',
        purpose: 'Sơ kết Chương trình 01-CTr/TU',
        programme_id: fx.programme,
        created_by: caller,
      });
      const participants = await db.query(
        'select person_id, role, role_label, sort_order, created_by from meeting_participant where meeting_id = $1 order by sort_order',
        [id],
      );
      expect(participants.rows).toEqual([
        {
          person_id: fx.person.secretary,
          role: 'chair',
          role_label: 'Bí thư Quận ủy',
          sort_order: 1,
          created_by: caller,
        },
        { person_id: fx.person.deputy, role: 'attendee', role_label: null, sort_order: 2, created_by: caller },
      ]);
      const documents = await db.query('select document_id from meeting_document where meeting_id = $1', [id]);
      expect(documents.rows).toEqual([{ document_id: fx.document }]);
    },
  },
  {
    title: 'recordMeeting refuses a meeting without a chair (NO_PARTICIPANTS)',
    mutation: 'recordMeeting',
    input: (fx) => ({
      bodyId: org(fx.org.districtA),
      heldOn: '2022-07-13',
      title: 'Hội nghị',
      participants: [{ personId: person(fx.person.deputy), role: 'attendee' }],
    }),
    refused: { code: 'NO_PARTICIPANTS', field: field('participants') },
  },
  {
    title: 'recordMeeting refuses a body dissolved by the day (ORGANISATION_DISSOLVED)',
    mutation: 'recordMeeting',
    input: (fx) => ({
      bodyId: org(fx.org.dissolvedGrassroots),
      heldOn: '2022-07-13',
      title: 'Hội nghị',
      participants: [{ personId: person(fx.person.secretary), role: 'chair' }],
    }),
    refused: { code: 'ORGANISATION_DISSOLVED', field: field('bodyId') },
  },
  {
    title: 'recordMeeting refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
    mutation: 'recordMeeting',
    input: (fx) => ({
      bodyId: org(fx.org.districtA),
      heldOn: hanoiDay(1),
      title: 'Hội nghị',
      participants: [{ personId: person(fx.person.secretary), role: 'chair' }],
    }),
    refused: { code: 'DATE_IN_FUTURE', field: field('heldOn') },
  },
  {
    title: 'recordMeeting refuses an unknown participant, naming their place in the list (NOT_FOUND)',
    mutation: 'recordMeeting',
    input: (fx) => ({
      bodyId: org(fx.org.districtA),
      heldOn: '2022-07-13',
      title: 'Hội nghị',
      participants: [{ personId: person(999_999), role: 'chair' }],
    }),
    refused: { code: 'NOT_FOUND', field: ['input', 'participants', 0, 'personId'] },
  },
];
