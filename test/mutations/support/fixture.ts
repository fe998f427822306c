import type pg from 'pg';

/** The code of the fixture organisation whose subtree holds nothing any case names. */
export const OUTSIDER_SCOPE = 'MTTQ-KHAC';

/** Ids of the rows the mutation tests write against; each row exists for a success or a refusal. */
export interface Fixture {
  unit: { city: number; district: number };
  org: {
    city: number;
    districtA: number;
    districtB: number;
    grassrootsA: number;
    cellA1: number;
    cellA2: number;
    cellB1: number;
    dissolvedCell: number;
    emptyCell: number;
    youngCell: number;
    dissolvedGrassroots: number;
    peopleCommittee: number;
  };
  person: { newcomer: number; child: number; moved: number; exited: number; secretary: number; deputy: number };
  member: { moved: number; exited: number; probationer: number; expellee: number; leaver: number };
  /** Disciplinary decisions against members: an expulsion of the expellee, a reprimand of the moved member. */
  discipline: { expulsion: number; reprimand: number };
  position: { secretaryOfA: number; ended: number };
  programme: number;
  item: { started: number; untouched: number };
  team: number;
  /** Records the correction cases void, correct, or are refused on (test/mutations/cases/corrections.cases.ts). */
  voids: {
    inspection: number;
    voidedInspection: number;
    wrongInspection: number;
    inspectedMember: number;
    /** The inspected member's full membership, which their later inspection depends on. */
    inspectedMemberFull: number;
    wrongAdmission: { member: number; person: number; event: number };
    voidedMember: number;
    exitEvent: number;
    /** A full member's exit (a resignation) entered wrongly, and a full membership dated wrongly: the steps' corrections. */
    wrongExit: { member: number; event: number };
    wrongFull: { member: number; event: number };
    /** A member moved from cell A2 to A1, with nothing recorded after the move. */
    transfer: { member: number; out: number; in: number };
    /** Two more such moves (2020), entered wrongly: the transfers' corrections. */
    wrongMoves: { member: number; out: number; in: number }[];
    /** A member arrived from outside the city (2021), entered wrongly: its member row and its transfer in. */
    wrongArrival: { member: number; event: number; person: number };
    busyTeam: number;
    indexScore: number;
    /** Live records with nothing depending on them, for the create mutations that correct one. */
    wrongTeam: number;
    wrongMeeting: number;
    wrongIndexScore: number;
  };
  /** A legal document (55-QĐ/TW), reference data. */
  document: number;
  /** An API key of the district's office, never used. */
  key: number;
}

/**
 * A small Party tree with a few people, members, positions, designations and a programme, written
 * with plain SQL so the tests do not depend on the code they test.
 */
export async function seedFixture(db: pg.Client): Promise<Fixture> {
  const one = async (sql: string, params: unknown[] = []): Promise<number> => {
    const r = await db.query<{ id: number }>(`${sql} returning id`, params);
    return r.rows[0]?.id as number;
  };
  const unit = async (code: string, name: string, level: string, kind: string, parent: number | null) =>
    one('insert into administrative_unit (code, name, level, kind, parent_id) values ($1, $2, $3, $4, $5)', [
      code,
      name,
      level,
      kind,
      parent,
    ]);
  const org = async (
    code: string,
    name: string,
    kind: string,
    parent: number | null,
    foundedOn: string,
    extra: { branch?: string; dissolvedOn?: string } = {},
  ) =>
    one(
      'insert into organisation (code, name, kind, branch, parent_id, founded_on, dissolved_on) values ($1, $2, $3, $4, $5, $6, $7)',
      [code, name, kind, extra.branch ?? 'party', parent, foundedOn, extra.dissolvedOn ?? null],
    );
  const person = async (name: string, sex: string, born: number) =>
    one('insert into person (full_name, sex, birth_year, education) values ($1, $2, $3, $4)', [
      name,
      sex,
      born,
      'university',
    ]);
  const event = async (member: number, kind: string, on: string, organisation: number, counterpart?: number) =>
    one(
      'insert into membership_event (member_id, kind, occurred_on, organisation_id, counterpart_id, exit_reason) values ($1, $2, $3, $4, $5, $6)',
      [member, kind, on, organisation, counterpart ?? null, kind === 'exit' ? 'resignation' : null],
    );
  const member = async (
    p: number,
    cell: number,
    admittedOn: string,
    status: string,
    leftOn?: string,
    fullMemberOn?: string,
  ) =>
    one(
      `insert into member (person_id, cell_id, admitted_on, probation_ends_on, status, left_on, full_member_on)
       values ($1, $2, $3, ($3::date + interval '12 months')::date, $4, $5, $6)`,
      [p, cell, admittedOn, status, leftOn ?? null, fullMemberOn ?? null],
    );
  const position = async (p: number, o: number, title: string, role: string, from: string, to?: string) =>
    one(
      'insert into position (person_id, organisation_id, title, role, started_on, ended_on) values ($1, $2, $3, $4, $5, $6)',
      [p, o, title, role, from, to ?? null],
    );

  const cityUnit = await unit('01', 'Thành phố Hà Nội', 'city', 'thanh_pho', null);
  const districtUnit = await unit('001', 'Quận Ba Đình', 'district', 'quan', cityUnit);

  const city = await org('TU', 'Thành ủy Hà Nội', 'city_committee', null, '1930-03-08');
  const districtA = await org('QU-BD', 'Quận ủy Ba Đình', 'district_committee', city, '1961-01-01');
  const districtB = await org('HU-SS', 'Huyện ủy Sóc Sơn', 'district_committee', city, '1977-01-01');
  const grassrootsA = await org('DBCS-A', 'Đảng bộ phường Phúc Xá', 'grassroots_committee', districtA, '2000-01-01');
  const cellA1 = await org('CB-A1', 'Chi bộ khu dân cư số 1', 'cell', grassrootsA, '2000-01-01');
  const cellA2 = await org('CB-A2', 'Chi bộ khu dân cư số 2', 'cell', grassrootsA, '2000-01-01');
  const cellB1 = await org('CBCS-B1', 'Chi bộ Công ty Minh Phú', 'grassroots_cell', districtB, '2005-04-01');
  const dissolvedCell = await org('CB-A3', 'Chi bộ khu dân cư số 3', 'cell', grassrootsA, '2001-01-01', {
    dissolvedOn: '2020-06-30',
  });
  const emptyCell = await org('CB-A4', 'Chi bộ khu dân cư số 4', 'cell', grassrootsA, '2001-01-01');
  const youngCell = await org('CB-A5', 'Chi bộ khu đô thị mới', 'cell', grassrootsA, '2023-01-01');
  const dissolvedGrassroots = await org(
    'DBCS-B2',
    'Đảng bộ Công ty Hòa Bình',
    'grassroots_committee',
    districtB,
    '2003-01-01',
    {
      dissolvedOn: '2019-12-31',
    },
  );
  // A root of its own, the scope of an editor who may change nothing the cases name.
  await org(OUTSIDER_SCOPE, 'Ủy ban Mặt trận Tổ quốc (ngoài phạm vi)', 'front_committee', null, '1990-01-01', {
    branch: 'front',
  });
  const peopleCommittee = await org('UBND-BD', 'Ủy ban nhân dân quận Ba Đình', 'people_committee', null, '1961-01-01', {
    branch: 'state',
  });

  const newcomer = await person('Trần Thị Mai', 'female', 1998);
  const child = await person('Lê Minh Khôi', 'male', 2012);
  const moved = await person('Phạm Văn Đức', 'male', 1980);
  const exited = await person('Hoàng Thị Lan', 'female', 1975);
  const secretary = await person('Nguyễn Văn Hùng', 'male', 1970);
  const deputy = await person('Đỗ Thu Hà', 'female', 1978);

  // Admitted in cell A2, moved to A1 in 2018: placement must follow the day, not where they sit now.
  const movedMember = await member(moved, cellA1, '2010-05-19', 'full');
  await event(movedMember, 'admission', '2010-05-19', cellA2);
  await event(movedMember, 'transfer_out', '2018-03-01', cellA2, cellA1);
  await event(movedMember, 'transfer_in', '2018-03-01', cellA1, cellA2);
  const exitedMember = await member(exited, cellA1, '2000-02-03', 'exited', '2021-01-01');
  await event(exitedMember, 'admission', '2000-02-03', cellA1);
  const exitEvent = await event(exitedMember, 'exit', '2021-01-01', cellA1);
  // For the later steps of a membership: a probation that ended on 2022-03-01, a member whose
  // expulsion was decided, one who will leave the city.
  const probationer = await member(await person('Ngô Thị Hạnh', 'female', 1990), cellA2, '2021-03-01', 'probationary');
  await event(probationer, 'admission', '2021-03-01', cellA2);
  const expellee = await member(await person('Bùi Văn Toàn', 'male', 1985), cellA1, '2012-01-01', 'full');
  await event(expellee, 'admission', '2012-01-01', cellA1);
  const leaver = await member(await person('Đặng Quốc Bảo', 'male', 1988), cellA2, '2015-06-01', 'full');
  await event(leaver, 'admission', '2015-06-01', cellA2);
  const decision = async (subject: number, placedIn: number, form: string, on: string) =>
    one(
      `insert into disciplinary_action (subject_member_id, placed_in_id, acting_committee_id, acting_body, form, decided_on)
       values ($1, $2, $3, 'committee', $4, $5)`,
      [subject, placedIn, grassrootsA, form, on],
    );
  const expulsion = await decision(expellee, cellA1, 'expulsion', '2023-03-01');
  const reprimand = await decision(movedMember, cellA1, 'reprimand', '2022-01-10');

  const secretaryOfA = await position(secretary, districtA, 'Bí thư Quận ủy', 'head', '2020-10-01');
  const ended = await position(deputy, districtA, 'Phó Bí thư Quận ủy', 'deputy', '2015-10-01', '2020-09-30');
  // Dissolving the empty cell ends this open term; the young cell's later term blocks dissolving it early.
  await position(deputy, emptyCell, 'Bí thư Chi bộ', 'head', '2019-01-01');
  await position(secretary, youngCell, 'Bí thư Chi bộ', 'head', '2024-01-01');

  const designation = await one(
    "insert into designation (organisation_id, kind, year, designated_on, plan) values ($1, 'to_consolidate', 2022, '2022-01-10', 'Nghị quyết 15')",
    [cellA2],
  );
  await one("insert into consolidation (designation_id, consolidated_on) values ($1, '2022-05-01')", [designation]);
  await one(
    "insert into designation (organisation_id, kind, year, designated_on, plan) values ($1, 'weak', 2022, '2022-01-10', 'Chỉ thị 15')",
    [grassrootsA],
  );
  await one(
    "insert into designation (organisation_id, kind, year, designated_on, plan) values ($1, 'weak', 2020, '2020-01-10', 'Chỉ thị 15')",
    [dissolvedCell],
  );

  const programme = await one(
    "insert into programme (code, title, issuer, term_start, term_end, steering_committee_id) values ('01-CTr/TU', 'Xây dựng, chỉnh đốn Đảng', 'Thành ủy Hà Nội', 2021, 2025, $1)",
    [city],
  );
  const item = async (code: string) =>
    one(
      "insert into programme_item (programme_id, code, title, kind, lead_agency_id, assigned_on) values ($1, $2, 'Đề án ' || $2, 'project', $3, '2021-03-01')",
      [programme, code, districtA],
    );
  const started = await item('DA-01');
  const untouched = await item('DA-02');
  for (const [status, on] of [
    ['assigned', '2021-03-01'],
    ['in_progress', '2021-06-01'],
  ]) {
    await one('insert into programme_item_status (item_id, status, effective_on) values ($1, $2, $3)', [
      started,
      status,
      on,
    ]);
  }
  const team = await one(
    "insert into inspection_team (name, formed_by_id, formed_on) values ('Đoàn kiểm tra số 1', $1, '2022-03-01')",
    [city],
  );
  const inspection = (
    subject: { org?: number; member?: number },
    placedIn: number,
    extra: { team?: number; voidReason?: string } = {},
  ) =>
    one(
      `insert into inspection (subject_organisation_id, subject_member_id, placed_in_id, acting_committee_id, acting_body, type, occurred_on, team_id, voided_at, voided_by, void_reason)
       values ($1, $2, $3, $4, 'committee', 'thematic', '2022-04-01', $5, $6, $7, $8)`,
      [
        subject.org ?? null,
        subject.member ?? null,
        placedIn,
        districtA,
        extra.team ?? null,
        ...(extra.voidReason ? ['2022-05-01T00:00:00Z', 'clerk', extra.voidReason] : [null, null, null]),
      ],
    );
  const inspectedMember = await member(await person('Vũ Văn Nam', 'male', 1985), cellA1, '2015-02-03', 'full');
  await event(inspectedMember, 'admission', '2015-02-03', cellA1);
  const inspectedMemberFull = await event(inspectedMember, 'full_membership', '2016-02-03', cellA1);
  const mistaken = await person('Ngô Thị Hạnh', 'female', 1990);
  const wrongMember = await member(mistaken, cellA2, '2019-02-03', 'full');
  const wrongEvent = await event(wrongMember, 'admission', '2019-02-03', cellA2);
  const transferred = await member(await person('Lưu Văn Quang', 'male', 1988), cellA1, '2012-06-01', 'full');
  await event(transferred, 'admission', '2012-06-01', cellA2);
  const transfer = {
    member: transferred,
    out: await event(transferred, 'transfer_out', '2019-09-01', cellA2, cellA1),
    in: await event(transferred, 'transfer_in', '2019-09-01', cellA1, cellA2),
  };
  const wrongMoves = [];
  for (const [name, on] of [
    ['Đỗ Văn Khánh', '2020-03-01'],
    ['Hà Thị Lan', '2020-05-01'],
  ] as const) {
    const moved = await member(
      await person(name, name.includes('Thị') ? 'female' : 'male', 1980),
      cellA1,
      '2011-03-01',
      'full',
    );
    await event(moved, 'admission', '2011-03-01', cellA2);
    wrongMoves.push({
      member: moved,
      out: await event(moved, 'transfer_out', on, cellA2, cellA1),
      in: await event(moved, 'transfer_in', on, cellA1, cellA2),
    });
  }
  const arrivedPerson = await person('Phan Văn Đức', 'male', 1985);
  const arrived = await member(arrivedPerson, cellA1, '2010-04-01', 'full');
  await db.query("update member set arrived_on = '2021-04-01' where id = $1", [arrived]);
  const wrongArrival = {
    member: arrived,
    event: await event(arrived, 'transfer_in', '2021-04-01', cellA1),
    person: arrivedPerson,
  };
  const resigned = await member(
    await person('Trịnh Văn Hải', 'male', 1950),
    cellA2,
    '2005-01-10',
    'exited',
    '2021-06-01',
    '2006-01-10',
  );
  await event(resigned, 'admission', '2005-01-10', cellA2);
  await event(resigned, 'full_membership', '2006-01-10', cellA2);
  const wrongExit = { member: resigned, event: await event(resigned, 'exit', '2021-06-01', cellA2) };
  const recognised = await member(
    await person('Mai Thị Thu', 'female', 1995),
    cellA2,
    '2020-01-10',
    'full',
    undefined,
    '2021-01-10',
  );
  await event(recognised, 'admission', '2020-01-10', cellA2);
  const wrongFull = { member: recognised, event: await event(recognised, 'full_membership', '2021-01-10', cellA2) };
  const voidedMember = await one(
    `insert into member (person_id, cell_id, admitted_on, probation_ends_on, status, voided_at, voided_by, void_reason)
     values ($1, $2, '2016-01-01', '2017-01-01', 'full', '2022-05-01T00:00:00Z', 'clerk', 'Nhập trùng')`,
    [await person('Bùi Văn Tâm', 'male', 1970), cellA1],
  );
  const busyTeam = await one(
    "insert into inspection_team (name, formed_by_id, formed_on) values ('Đoàn kiểm tra số 2', $1, '2022-03-01')",
    [districtA],
  );
  const voids = {
    inspection: await inspection({ org: grassrootsA }, grassrootsA),
    voidedInspection: await inspection({ org: grassrootsA }, grassrootsA, { voidReason: 'Nhập trùng' }),
    wrongInspection: await inspection({ org: cellA2 }, cellA2),
    inspectedMember,
    inspectedMemberFull,
    wrongAdmission: { member: wrongMember, person: mistaken, event: wrongEvent },
    voidedMember,
    exitEvent,
    wrongExit,
    wrongFull,
    transfer,
    wrongMoves,
    wrongArrival,
    busyTeam,
    indexScore: await one(
      "insert into index_score (index, year, unit_id, score, rank, out_of) values ('PAPI', 2021, $1, 44.5, 3, 63)",
      [cityUnit],
    ),
    wrongTeam: await one(
      "insert into inspection_team (name, formed_by_id, formed_on) values ('Đoàn kiểm tra số 9 (nhập sai)', $1, '2022-03-01')",
      [districtA],
    ),
    wrongMeeting: await one(
      "insert into meeting (held_on, body_id, title) values ('2022-07-14', $1, 'Hội nghị (nhập sai ngày)')",
      [districtA],
    ),
    wrongIndexScore: await one(
      "insert into index_score (index, year, unit_id, score, rank, out_of) values ('SIPAS', 2021, $1, 80.1, 9, 63)",
      [cityUnit],
    ),
  };
  await inspection({ member: inspectedMember }, cellA1);
  await inspection({ org: grassrootsA }, grassrootsA, { team: busyTeam });

  const document = await one(
    "insert into document (code, kind, issuer, issued_on, title) values ('55-QĐ/TW', 'Quy định', 'Bộ Chính trị', '2016-12-19', 'Về một số việc cần làm ngay để tăng cường vai trò nêu gương')",
  );
  const key = await one(
    "insert into api_key (name, role, scope_id, key_hash, key_prefix) values ('Văn phòng Quận ủy', 'viewer', $1, repeat('0', 64), 'cgk_000000')",
    [districtA],
  );

  return {
    unit: { city: cityUnit, district: districtUnit },
    org: {
      city,
      districtA,
      districtB,
      grassrootsA,
      cellA1,
      cellA2,
      cellB1,
      dissolvedCell,
      emptyCell,
      youngCell,
      dissolvedGrassroots,
      peopleCommittee,
    },
    person: { newcomer, child, moved, exited, secretary, deputy },
    member: { moved: movedMember, exited: exitedMember, probationer, expellee, leaver },
    discipline: { expulsion, reprimand },
    position: { secretaryOfA, ended },
    programme,
    item: { started, untouched },
    team,
    voids,
    document,
    key,
  };
}
