import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { tableDigest } from '../mutations/support/table-digest.js';
import { startGateway, type TestGateway } from '../support/gateway.js';
import { useDatabase } from '../support/use-database.js';
import {
  ADMISSION_HEADERS,
  csvFile,
  DISCIPLINE_HEADERS,
  EXIT_HEADERS,
  FULL_HEADERS,
  IMPORT,
  TRANSFER_HEADERS,
  upload,
} from './support/intake-files.js';

const WITHIN = 'Chuyển trong thành phố';
const OUT = 'Chuyển ra ngoài thành phố';
const IN = 'Chuyển đến từ ngoài thành phố';

interface Quiet {
  code: string;
  cell: string;
  district: string;
}

describe('bulk intake of membership steps, named by register code', () => {
  const store = useDatabase({ scale: 0.01 });
  let gw: TestGateway;
  let engine: AnalyticsEngine;
  let quiet: Quiet[];
  let cells: { id: number; code: string; district: string }[];
  let city: string;

  beforeAll(async () => {
    engine = new AnalyticsEngine({ databaseUrl: store.db.url, path: ':memory:' });
    await engine.sync();
    gw = await startGateway(store.db.url, { analytics: engine });
    // Members on the roll with nothing recorded of them since 2021: free for new steps in 2022.
    const members = await store.sql.query<Quiet>(
      `select p.code, c.code as cell, d.code as district from member m join person p on p.id = m.person_id
         join organisation c on c.id = m.cell_id join organisation d on d.id = c.path[2]
        where m.left_on is null and m.status = 'full' and c.dissolved_on is null
          and (select max(e.occurred_on) from membership_event e where e.member_id = m.id) < '2021-01-01'
          and not exists (select from disciplinary_action a where a.subject_member_id = m.id and a.decided_on >= '2021-01-01')
          and not exists (select from inspection i where i.subject_member_id = m.id and i.occurred_on >= '2021-01-01')
          and not exists (select from supervision s where s.subject_member_id = m.id and s.occurred_on >= '2021-01-01')
        order by m.id limit 40`,
    );
    quiet = members.rows;
    expect(quiet.length).toBe(40);
    const open = await store.sql.query<{ id: number; code: string; district: string }>(
      `select c.id, c.code, d.code as district from organisation c join organisation d on d.id = c.path[2]
        where c.kind = 'cell' and c.dissolved_on is null and c.founded_on <= '2020-01-01' order by c.id limit 20`,
    );
    cells = open.rows;
    city = (await store.sql.query(`select code from organisation where kind = 'city_committee'`)).rows[0].code;
  });
  afterAll(async () => {
    await gw?.close();
    await engine?.close();
  });

  const member = (i: number) => quiet[i] as Quiet;
  /** Another open cell than the member's. */
  const elsewhere = (i: number) => (cells.find((c) => c.code !== member(i).cell) as { code: string }).code;

  async function importFile(kind: string, rows: (string | number)[][], dryRun = false) {
    const up = await upload(gw, csvFile(rows), undefined, kind);
    expect(up.status).toBe(201);
    const reply = await gw.ask(IMPORT, { input: { kind, uploadId: up.body.uploadId, dryRun } });
    return { reply, uploadId: up.body.uploadId as number };
  }

  async function figure(metric: string, period: string, where?: Record<string, unknown>[]): Promise<number> {
    const reply = await gw.ask<{ compare: { value: number } }>(
      `query ($metric: String!, $period: String!, $where: [DimensionFilter!]) {
        compare(metric: $metric, period: $period, where: $where) { value } }`,
      { metric, period, where },
    );
    expect(reply.errors).toBeUndefined();
    return reply.data?.compare.value as number;
  }

  it('imports transfers inside, out of and into the city, the analytics count them, and a re-import is a no-op', async () => {
    const before = {
      in: await figure('transfers_in', '2022-H1'),
      out: await figure('transfers_out', '2022-H1'),
      members: await figure('members', '2022-06'),
    };
    const rows = [
      TRANSFER_HEADERS,
      [member(0).code, WITHIN, elsewhere(0), '10/03/2022'],
      [member(1).code, OUT, '', '12/03/2022'],
      [
        'NHAP-0001',
        IN,
        cells[0]?.code as string,
        '01/05/2022',
        'Người Đến Một',
        'Nữ',
        1990,
        '',
        'Đại học',
        '19/05/2015',
        '19/05/2016',
      ],
      [
        '',
        IN,
        cells[1]?.code as string,
        '2022-05-02',
        'Người Đến Hai',
        'Nam',
        1992,
        'Tày',
        'Đại học',
        '01/06/2021',
        '',
      ],
      // The first arrival moves on in the same file: rows of one member apply in order.
      ['nhap-0001', WITHIN, cells[2]?.code as string, '20/05/2022'],
    ];
    const { reply } = await importFile('transfers', rows);
    expect(reply.errors).toBeUndefined();
    expect(reply.data.importRecords).toMatchObject({ rowCount: 5, writtenCount: 5, problemCount: 0 });
    const { rows: arrived } = await store.sql.query(
      `select p.code, p.ethnicity, m.status, m.arrived_on::text as arrived, c.code as cell from person p
         join member m on m.person_id = p.id join organisation c on c.id = m.cell_id
        where p.full_name like 'Người Đến%' order by m.arrived_on`,
    );
    expect(arrived).toEqual([
      { code: 'NHAP-0001', ethnicity: 'Kinh', status: 'full', arrived: '2022-05-01', cell: cells[2]?.code },
      {
        code: expect.stringMatching(/^HN-\d{7,}$/),
        ethnicity: 'Tày',
        status: 'probationary',
        arrived: '2022-05-02',
        cell: cells[1]?.code,
      },
    ]);
    const found = await gw.ask(
      `{ person(code: " nhap-0001 ") { code name member { status } }
        none: person(code: "KHONG-CO") { id } people(search: "nhap-0001") { nodes { name } } }`,
    );
    expect(found.data).toEqual({
      person: { code: 'NHAP-0001', name: 'Người Đến Một', member: { status: 'FULL' } },
      none: null,
      people: { nodes: [{ name: 'Người Đến Một' }] },
    });
    await engine.sync();
    expect({
      in: await figure('transfers_in', '2022-H1'),
      out: await figure('transfers_out', '2022-H1'),
      members: await figure('members', '2022-06'),
    }).toEqual({ in: before.in + 4, out: before.out + 3, members: before.members + 1 });

    const digest = await tableDigest(store.sql);
    const { reply: again } = await importFile('transfers', rows);
    expect(again.data.importRecords).toMatchObject({ writtenCount: 0, unchangedCount: 5, batchId: null });
    expect({ ...(await tableDigest(store.sql)), intake_upload: '' }).toEqual({ ...digest, intake_upload: '' });
  });

  it('imports a member disciplined by an earlier file, then exits of every reason; expulsions need their decision', async () => {
    const before = {
      exits: await figure('exits', '2022-H1'),
      expulsions: await figure('exits', '2022-H1', [{ dimension: 'exit_reason', values: ['expulsion'] }]),
      disciplined: await figure('disciplined_members', '2022-H1'),
    };
    const discipline = await importFile('disciplinary-actions', [
      DISCIPLINE_HEADERS,
      ['', member(2).code, member(2).district, 'Khai trừ', '01/04/2022'],
    ]);
    expect(discipline.reply.data.importRecords).toMatchObject({ writtenCount: 1, problemCount: 0 });
    const exitRows = [
      EXIT_HEADERS,
      [member(2).code, 'Khai trừ', '05/04/2022', ''],
      [member(3).code, 'Khai trừ', '06/04/2022', city],
      [member(4).code, 'Từ trần', '07/04/2022', ''],
      [member(5).code, 'Xóa tên', '08/04/2022', ''],
      [member(6).code, 'Xin ra khỏi Đảng', '09/04/2022', ''],
    ];
    const { reply } = await importFile('exits', exitRows);
    expect(reply.errors).toBeUndefined();
    expect(reply.data.importRecords).toMatchObject({ writtenCount: 5, problemCount: 0 });
    const { rows } = await store.sql.query(
      `select p.code, m.status, m.left_on::text as day, e.exit_reason as reason from member m
         join person p on p.id = m.person_id join membership_event e on e.member_id = m.id and e.kind = 'exit'
        where p.code = any($1) order by m.left_on`,
      [[2, 3, 4, 5, 6].map((i) => member(i).code)],
    );
    expect(rows.map((r) => r.reason)).toEqual(['expulsion', 'expulsion', 'death', 'removal', 'resignation']);
    expect(rows.every((r) => r.status === 'exited')).toBe(true);
    const digest = await tableDigest(store.sql);
    const again = await importFile('exits', exitRows);
    expect(again.reply.data.importRecords).toMatchObject({ writtenCount: 0, unchangedCount: 5, batchId: null });
    expect({ ...(await tableDigest(store.sql)), intake_upload: '' }).toEqual({ ...digest, intake_upload: '' });

    // Oversight of a member is placed in the cell they sit in on the day.
    const supervision = await importFile('supervisions', [
      ['Đảng viên được giám sát (mã hồ sơ)', 'Cấp ủy thực hiện (mã hoặc đường dẫn)', 'Loại giám sát', 'Ngày giám sát'],
      [member(7).code, member(7).district, 'Giám sát thường xuyên', '01/05/2022'],
    ]);
    expect(supervision.reply.data.importRecords).toMatchObject({ writtenCount: 1, problemCount: 0 });
    const placed = await store.sql.query(
      `select c.code from supervision s join organisation c on c.id = s.placed_in_id
         join member m on m.id = s.subject_member_id join person p on p.id = m.person_id
        where p.code = $1 and s.occurred_on = '2022-05-01'`,
      [member(7).code],
    );
    expect(placed.rows).toEqual([{ code: member(7).cell }]);
    await engine.sync();
    expect({
      exits: await figure('exits', '2022-H1'),
      expulsions: await figure('exits', '2022-H1', [{ dimension: 'exit_reason', values: ['expulsion'] }]),
      disciplined: await figure('disciplined_members', '2022-H1'),
    }).toEqual({ exits: before.exits + 5, expulsions: before.expulsions + 2, disciplined: before.disciplined + 2 });
  });

  it('imports full memberships of members admitted by an earlier file with their codes', async () => {
    const admitted = await importFile('admissions', [
      ['Mã hồ sơ', ...ADMISSION_HEADERS],
      ['DB-0001', 'Dự Bị Một', 'Nữ', 1995, 'Kinh', 'Đại học', cells[3]?.code as string, '10/01/2021'],
      ['DB-0002', 'Dự Bị Hai', 'Nam', 1996, 'Kinh', 'Đại học', cells[4]?.code as string, '11/01/2021'],
      // On probation until 10/01/2023: refused below.
      ['DB-0003', 'Dự Bị Ba', 'Nam', 1997, 'Kinh', 'Đại học', cells[4]?.code as string, '10/01/2022'],
    ]);
    expect(admitted.reply.data.importRecords).toMatchObject({ writtenCount: 3, problemCount: 0 });
    const before = await figure('full_memberships', '2022-H1');
    const rows = [FULL_HEADERS, ['DB-0001', '01/02/2022'], ['db-0002', '2022-03-01']];
    const digest = await tableDigest(store.sql);
    const dry = await importFile('full-memberships', rows, true);
    expect(dry.reply.data.importRecords).toMatchObject({ writtenCount: 2, problemCount: 0, batchId: null });
    expect({ ...(await tableDigest(store.sql)), intake_upload: '' }).toEqual({ ...digest, intake_upload: '' });
    const { reply } = await importFile('full-memberships', rows);
    expect(reply.data.importRecords).toMatchObject({ writtenCount: 2, problemCount: 0 });
    const again = await importFile('full-memberships', rows);
    expect(again.reply.data.importRecords).toMatchObject({ writtenCount: 0, unchangedCount: 2 });
    await engine.sync();
    expect(await figure('full_memberships', '2022-H1')).toBe(before + 2);
    const { rows: members } = await store.sql.query(
      `select m.status, m.full_member_on::text as day from member m join person p on p.id = m.person_id
        where p.code like 'DB-%' order by p.code`,
    );
    expect(members).toEqual([
      { status: 'full', day: '2022-02-01' },
      { status: 'full', day: '2022-03-01' },
      { status: 'probationary', day: null },
    ]);
  });

  it('admitMember and transferIn answer the code the register gave, or the one given', async () => {
    const reply = await gw.ask<{ admitMember: { person: { code: string } }; transferIn: { person: { code: string } } }>(
      `mutation ($cell: ID!) {
        admitMember(input: { person: { fullName: "Mã Tự Cấp", sex: MALE, birthYear: 1990, education: UNIVERSITY },
          cellId: $cell, admittedOn: "2022-05-19" }) { person { code } }
        transferIn(input: { person: { fullName: "Mã Cho Sẵn", sex: FEMALE, birthYear: 1990, education: UNIVERSITY,
          code: "tp-2022/17" }, cellId: $cell, admittedOn: "2015-05-19", arrivedOn: "2022-05-19" }) { person { code } } }`,
      { cell: toGlobalId('Organisation', cells[5]?.id as number) },
    );
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.admitMember.person.code).toMatch(/^HN-\d{7,}$/);
    expect(reply.data?.transferIn.person.code).toBe('TP-2022/17');
  });

  it('refuses an editor of one district the members and cells of another (FORBIDDEN), writing nothing', async () => {
    const other = quiet.find((q) => q.district !== member(30).district) as Quiet;
    const editor = await gw.credential('editor', member(30).district);
    const up = await upload(
      gw,
      csvFile([
        EXIT_HEADERS,
        [member(30).code, 'Từ trần', '01/06/2022', ''],
        [other.code, 'Từ trần', '01/06/2022', ''],
      ]),
      editor.headers.authorization,
      'exits',
    );
    const before = await tableDigest(store.sql);
    const reply = await gw.ask(IMPORT, { input: { kind: 'exits', uploadId: up.body.uploadId } }, editor);
    expect(reply.errors?.[0]?.extensions).toMatchObject({
      code: 'IMPORT_REFUSED',
      problems: [{ row: 3, column: 'Mã hồ sơ', code: 'FORBIDDEN', reason: expect.any(String) }],
    });
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('reports every problem of files of mixed mistakes by row, column and code, and writes nothing', async () => {
    const left = member(1).code; // transferred out above
    const files: [string, (string | number)[][], [number, string | null, string][]][] = [
      [
        'transfers',
        [
          TRANSFER_HEADERS,
          [left, WITHIN, elsewhere(1), '01/06/2022'],
          ['KHONG-CO-AI', OUT, '', '01/06/2022'],
          [member(10).code, WITHIN, member(10).cell, '01/06/2022'],
          [member(11).code, WITHIN, '', '01/06/2022'],
          [member(12).code, OUT, '', '01/06/2099'],
          [member(13).code, OUT, '', '01/01/1950'],
          [member(0).code, OUT, '', '01/03/2022'],
          [member(14).code, WITHIN, member(14).district, '01/06/2022'],
          [
            'NHAP-0001',
            IN,
            cells[0]?.code as string,
            '01/06/2022',
            'Trùng Mã',
            'Nữ',
            1990,
            '',
            'Đại học',
            '19/05/2015',
            '',
          ],
          [member(15).code, IN, cells[0]?.code as string, '01/06/2022', '', '', '', '', '', '19/05/2015', ''],
          ['', IN, cells[0]?.code as string, '01/06/2022', 'Trẻ Quá', 'Nam', 2010, '', 'Đại học', '19/05/2015', ''],
          ['mã sai!', OUT, '', '01/06/2022'],
          [member(7).code, OUT, '', '15/04/2022'],
        ],
        [
          [2, 'Mã hồ sơ', 'MEMBER_LEFT'],
          [3, 'Mã hồ sơ', 'NOT_FOUND'],
          [4, 'Chi bộ chuyển đến (mã hoặc đường dẫn)', 'SAME_CELL'],
          [5, 'Chi bộ chuyển đến (mã hoặc đường dẫn)', 'BAD_USER_INPUT'],
          [6, 'Ngày chuyển', 'DATE_IN_FUTURE'],
          [7, 'Ngày chuyển', 'DATE_BEFORE_SUBJECT'],
          [8, 'Ngày chuyển', 'EVENT_OUT_OF_ORDER'],
          [9, 'Chi bộ chuyển đến (mã hoặc đường dẫn)', 'NOT_A_CELL'],
          [10, 'Mã hồ sơ', 'PERSON_CODE_TAKEN'],
          [11, 'Mã hồ sơ', 'ALREADY_MEMBER'],
          [12, 'Năm sinh', 'UNDER_AGE'],
          [13, 'Mã hồ sơ', 'BAD_USER_INPUT'],
          [14, 'Ngày chuyển', 'LATER_RECORDS_EXIST'],
        ],
      ],
      [
        'exits',
        [
          EXIT_HEADERS,
          [member(2).code, 'Từ trần', '01/06/2022', ''],
          [member(16).code, 'Khai trừ', '01/06/2022', ''],
          [member(17).code, 'Từ trần', '01/06/2022', city],
          [member(18).code, 'Chuyển đi', '01/06/2022', ''],
          [
            member(19).code,
            'Khai trừ',
            '01/06/2022',
            cells[0]?.code === member(19).cell ? (cells[1]?.code as string) : (cells[0]?.code as string),
          ],
        ],
        [
          [2, 'Mã hồ sơ', 'MEMBER_LEFT'],
          [3, 'Cấp ủy quyết định khai trừ (mã hoặc đường dẫn)', 'NO_EXPULSION_DECISION'],
          [4, 'Cấp ủy quyết định khai trừ (mã hoặc đường dẫn)', 'BAD_USER_INPUT'],
          [5, 'Lý do', 'BAD_USER_INPUT'],
          [6, 'Mã hồ sơ', 'OUTSIDE_JURISDICTION'],
        ],
      ],
      [
        'full-memberships',
        [
          FULL_HEADERS,
          [member(20).code, '01/06/2022'],
          ['DB-0001', '01/06/2022'],
          [member(3).code, '01/06/2022'],
          ['DB-0003', '01/06/2022'],
          ['DB-0003', '01/13/2022'],
        ],
        [
          [2, 'Mã hồ sơ', 'ALREADY_FULL_MEMBER'],
          [3, 'Mã hồ sơ', 'ALREADY_FULL_MEMBER'],
          [4, 'Mã hồ sơ', 'MEMBER_LEFT'],
          [5, 'Ngày công nhận chính thức', 'PROBATION_NOT_OVER'],
          [6, 'Ngày công nhận chính thức', 'BAD_USER_INPUT'],
        ],
      ],
      [
        'disciplinary-actions',
        [
          DISCIPLINE_HEADERS,
          [member(21).cell, member(21).code, member(21).district, 'Khiển trách', '01/06/2022'],
          ['', '', member(21).district, 'Khiển trách', '01/06/2022'],
          ['', member(22).code, member(22).district, 'Giải tán', '01/06/2022'],
        ],
        [
          [2, 'Đảng viên bị kỷ luật (mã hồ sơ)', 'BAD_USER_INPUT'],
          [3, 'Tổ chức đảng bị kỷ luật (mã hoặc đường dẫn)', 'BAD_USER_INPUT'],
          [4, 'Hình thức kỷ luật', 'FORM_DOES_NOT_FIT_SUBJECT'],
        ],
      ],
    ];
    const before = await tableDigest(store.sql);
    for (const [kind, rows, expected] of files) {
      const dry = await importFile(kind, rows, true);
      const problems = dry.reply.data.importRecords.problems as { row: number; column: string; code: string }[];
      expect(
        problems.map((p) => [p.row, p.column, p.code]),
        kind,
      ).toEqual(expected);
      const refused = await gw.ask(IMPORT, { input: { kind, uploadId: dry.uploadId } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'IMPORT_REFUSED', problemCount: expected.length });
    }
    expect({ ...(await tableDigest(store.sql)), intake_upload: '' }).toEqual({ ...before, intake_upload: '' });
  });
});
