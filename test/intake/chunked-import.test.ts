import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import { type ImportOptions, ImportService } from '../../services/intake/import.service.js';
import { IntakeUploadService } from '../../services/intake/intake-upload.service.js';
import { initORM } from '../../services/store/orm.js';
import { tableDigest } from '../mutations/support/table-digest.js';
import { useDatabase } from '../support/use-database.js';
import { ADMISSION_HEADERS, csvFile, ORGANISATION_HEADERS, TRANSFER_HEADERS } from './support/intake-files.js';

/** Rows per chunk here: files of a dozen rows cross several chunks. */
const CHUNK = 3;

const IN = 'Chuyển đến từ ngoài thành phố';

describe('an import taken in chunks inside its one transaction', () => {
  const store = useDatabase({ scale: 0.01 });
  let orm: MikroORM;
  let cells: string[];
  let district: string;
  /** Register codes of full members with nothing recorded of them since 2021: free for new steps. */
  let quiet: string[];

  beforeAll(async () => {
    orm = await initORM(store.db.url, 2);
    const { rows } = await store.sql.query<{ code: string }>(
      `select code from organisation
        where kind = 'cell' and dissolved_on is null and founded_on <= '2020-01-01' order by id limit 5`,
    );
    cells = rows.map((r) => r.code);
    const d = await store.sql.query<{ code: string }>(
      `select code from organisation where kind = 'district_committee' and dissolved_on is null order by id limit 1`,
    );
    district = d.rows[0]?.code as string;
    const q = await store.sql.query<{ code: string }>(
      `select p.code from member m join person p on p.id = m.person_id join organisation c on c.id = m.cell_id
        where m.left_on is null and m.status = 'full' and c.dissolved_on is null
          and (select max(e.occurred_on) from membership_event e where e.member_id = m.id) < '2021-01-01'
          and not exists (select from disciplinary_action a where a.subject_member_id = m.id and a.decided_on >= '2021-01-01')
          and not exists (select from inspection i where i.subject_member_id = m.id and i.occurred_on >= '2021-01-01')
          and not exists (select from supervision s where s.subject_member_id = m.id and s.occurred_on >= '2021-01-01')
        order by m.id limit 4`,
    );
    quiet = q.rows.map((r) => r.code);
    expect(quiet.length).toBe(4);
  });
  afterAll(() => orm?.close());

  async function uploaded(content: Buffer, kind = 'admissions'): Promise<number> {
    const upload = await new IntakeUploadService({ em: orm.em.fork(), caller: SYSTEM_CALLER }).upload({
      kind,
      fileName: `${kind}.csv`,
      content,
      maxBytes: 2 ** 20,
    });
    return upload.id;
  }

  function importRecords(uploadId: number, options: Partial<ImportOptions> = {}) {
    return new ImportService({ em: orm.em.fork(), caller: SYSTEM_CALLER }).importRecords({
      kind: 'admissions',
      uploadId,
      dryRun: false,
      maxRows: 1000,
      chunkRows: CHUNK,
      ...options,
    });
  }

  const admission = (name: string, i: number, day = '19/05/2022') => [
    name,
    'Nữ',
    1998,
    'Kinh',
    'Đại học',
    cells[i % cells.length] as string,
    day,
  ];

  it('imports a file of several chunks completely, the same row twice as two records, and a re-import changes nothing', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => admission(`Nhiều Phần ${i}`, i));
    // The same values in the first chunk and in the last: two people, two row keys.
    rows.push(admission('Nhiều Phần 0', 0));
    const file = csvFile([ADMISSION_HEADERS, ...rows]);
    const progress: string[] = [];
    const first = await importRecords(await uploaded(file), {
      onProgress: (stage, n) => progress.push(`${stage} ${n}`),
    });
    expect(first).toMatchObject({ rowCount: 11, writtenCount: 11, unchangedCount: 0, problemCount: 0 });
    expect(progress).toEqual(['write 3', 'write 6', 'write 9', 'write 11', 'write 11']);
    const written = await store.sql.query(
      `select count(*)::int as members, count(distinct p.id)::int as people,
              (select count(*)::int from intake_row r where r.batch_id = $1) as keys,
              (select row(b.row_count, b.written_count)::text from intake_batch b where b.id = $1) as batch
         from member m join person p on p.id = m.person_id where p.full_name like 'Nhiều Phần %'`,
      [first.batchId],
    );
    expect(written.rows).toEqual([{ members: 11, people: 11, keys: 11, batch: '(11,11)' }]);

    const before = await tableDigest(store.sql);
    const again = await importRecords(await uploaded(file));
    expect(again).toMatchObject({ rowCount: 11, writtenCount: 0, unchangedCount: 11, batchId: null });
    // Only the second upload of the file is new.
    const after = await tableDigest(store.sql);
    expect({ ...after, intake_upload: '' }).toEqual({ ...before, intake_upload: '' });
  });

  it('writes nothing when the only problems are in the last chunk, though earlier chunks were written, and reports them all', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => admission(`Lỗi Cuối ${i}`, i));
    rows.push(admission('Lỗi Cuối 10', 0, '31/02/2022'), admission('', 1));
    const uploadId = await uploaded(csvFile([ADMISSION_HEADERS, ...rows]));
    const before = await tableDigest(store.sql);
    const dry = await importRecords(uploadId, { dryRun: true });
    expect(dry).toMatchObject({ rowCount: 12, writtenCount: 0, unchangedCount: 0, problemCount: 2 });
    const progress: string[] = [];
    const refused = await importRecords(uploadId, { onProgress: (stage, n) => progress.push(`${stage} ${n}`) }).catch(
      (e: unknown) => e,
    );
    // The first three chunks were written before the problems came: the refusal rolled them back.
    expect(progress).toEqual(['write 3', 'write 6', 'write 9', 'check 12']);
    expect(refused).toMatchObject({
      code: 'IMPORT_REFUSED',
      details: {
        problemCount: 2,
        problems: [
          { row: 12, column: 'Ngày kết nạp', code: 'BAD_USER_INPUT' },
          { row: 13, column: 'Họ và tên', code: 'BAD_USER_INPUT', reason: 'must not be empty' },
        ],
      },
    });
    expect((refused as { details: { problems: unknown[] } }).details.problems).toEqual(dry.problems);
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('writes nothing when the file turns out too long after chunks were written', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => admission(`Quá Dài ${i}`, i));
    const uploadId = await uploaded(csvFile([ADMISSION_HEADERS, ...rows]));
    const before = await tableDigest(store.sql);
    const progress: string[] = [];
    await expect(
      importRecords(uploadId, { maxRows: 7, onProgress: (stage, n) => progress.push(`${stage} ${n}`) }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_ROWS' });
    expect(progress).toEqual(['write 3', 'write 6']);
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('founds organisations whose parent an earlier chunk founds (that kind is written whole)', async () => {
    const file = csvFile([
      ORGANISATION_HEADERS,
      ['CK-DB01', 'Đảng bộ Công ty Chia Khúc', 'Đảng bộ cơ sở', 'Đảng', district, '', '01/03/2021'],
      ['CK-DB01-BP1', 'Đảng bộ bộ phận Một', 'Đảng bộ bộ phận', 'Đảng', 'CK-DB01', '', '01/04/2021'],
      ['CK-DB01-CB1', 'Chi bộ Một', 'Chi bộ', 'Đảng', 'CK-DB01-BP1', '', '02/04/2021'],
      ['CK-DB01-CB2', 'Chi bộ Hai', 'Chi bộ', 'Đảng', 'CK-DB01-BP1', '', '02/04/2021'],
    ]);
    const report = await importRecords(await uploaded(file, 'organisations'), { kind: 'organisations', chunkRows: 1 });
    expect(report).toMatchObject({ rowCount: 4, writtenCount: 4, problemCount: 0 });
    const { rows } = await store.sql.query(
      `select o.code, p.code as parent from organisation o join organisation p on p.id = o.parent_id
        where o.code like 'CK-DB01%' order by o.code`,
    );
    expect(rows).toEqual([
      { code: 'CK-DB01', parent: district },
      { code: 'CK-DB01-BP1', parent: 'CK-DB01' },
      { code: 'CK-DB01-CB1', parent: 'CK-DB01-BP1' },
      { code: 'CK-DB01-CB2', parent: 'CK-DB01-BP1' },
    ]);
  });

  it("takes a member's steps in order across chunks (transfers are written whole): arrival, then moves in later chunks", async () => {
    const [a, b, c, d] = quiet as [string, string, string, string];
    const file = csvFile([
      TRANSFER_HEADERS,
      [
        'CK-NHAP-1',
        IN,
        cells[0] as string,
        '01/05/2022',
        'Người Chia Khúc',
        'Nữ',
        1990,
        '',
        'Đại học',
        '19/05/2015',
        '19/05/2016',
      ],
      [a, 'Chuyển trong thành phố', cells[1] as string, '02/05/2022'],
      [b, 'Chuyển trong thành phố', cells[1] as string, '02/05/2022'],
      // Second chunk: the arrival of the first moves on; a member of the first moves again.
      ['ck-nhap-1', 'Chuyển trong thành phố', cells[2] as string, '10/05/2022'],
      [a, 'Chuyển trong thành phố', cells[3] as string, '11/05/2022'],
      [c, 'Chuyển trong thành phố', cells[2] as string, '12/05/2022'],
      // Third chunk: out of the city, after the moves of earlier chunks.
      ['CK-NHAP-1', 'Chuyển ra ngoài thành phố', '', '20/05/2022'],
      [d, 'Chuyển ra ngoài thành phố', '', '21/05/2022'],
    ]);
    const uploadId = await uploaded(file, 'transfers');
    const before = await tableDigest(store.sql);
    const dry = await importRecords(uploadId, { kind: 'transfers', dryRun: true });
    expect(dry).toMatchObject({ rowCount: 8, writtenCount: 8, problemCount: 0, batchId: null });
    expect(await tableDigest(store.sql)).toEqual(before);

    const report = await importRecords(uploadId, { kind: 'transfers' });
    expect(report).toMatchObject({ rowCount: 8, writtenCount: 8, problemCount: 0 });
    const { rows } = await store.sql.query(
      `select p.code, m.status, c.code as cell, m.left_on::text as "leftOn",
              (select string_agg(e.kind || ' ' || e.occurred_on, ', ' order by e.occurred_on, e.id)
                 from membership_event e where e.member_id = m.id and e.occurred_on >= '2022-01-01') as steps
         from member m join person p on p.id = m.person_id join organisation c on c.id = m.cell_id
        where p.code = any($1::text[]) order by p.code`,
      [['CK-NHAP-1', a]],
    );
    expect(rows).toEqual(
      [
        {
          code: 'CK-NHAP-1',
          status: 'transferred_out',
          cell: cells[2],
          leftOn: '2022-05-20',
          steps: 'transfer_in 2022-05-01, transfer_out 2022-05-10, transfer_in 2022-05-10, transfer_out 2022-05-20',
        },
        {
          code: a,
          status: 'full',
          cell: cells[3],
          leftOn: null,
          steps: 'transfer_out 2022-05-02, transfer_in 2022-05-02, transfer_out 2022-05-11, transfer_in 2022-05-11',
        },
      ].sort((x, y) => x.code.localeCompare(y.code)),
    );

    const written = await tableDigest(store.sql);
    const again = await importRecords(await uploaded(file, 'transfers'), { kind: 'transfers' });
    expect(again).toMatchObject({ rowCount: 8, writtenCount: 0, unchangedCount: 8, batchId: null });
    expect({ ...(await tableDigest(store.sql)), intake_upload: '' }).toEqual({ ...written, intake_upload: '' });
  });

  it("refuses a code an earlier chunk's row gave (PERSON_CODE_TAKEN), on a dry run as on import, writing nothing", async () => {
    const row = (code: string, name: string, i: number) => [code, ...admission(name, i)];
    const file = csvFile([
      ['Mã hồ sơ', ...ADMISSION_HEADERS],
      row('CK-MA-1', 'Mã Trùng Một', 0),
      row('', 'Mã Trùng Hai', 1),
      row('CK-MA-2', 'Mã Trùng Ba', 2),
      row('CK-MA-3', 'Mã Trùng Bốn', 3),
      row('ck-ma-1', 'Mã Trùng Năm', 4),
    ]);
    const uploadId = await uploaded(file);
    const before = await tableDigest(store.sql);
    const taken = { row: 6, column: 'Mã hồ sơ', code: 'PERSON_CODE_TAKEN' };
    const dry = await importRecords(uploadId, { dryRun: true });
    expect(dry).toMatchObject({ rowCount: 5, writtenCount: 0, problemCount: 1, problems: [taken] });
    const progress: string[] = [];
    const refused = await importRecords(uploadId, { onProgress: (stage, n) => progress.push(`${stage} ${n}`) }).catch(
      (e: unknown) => e,
    );
    // The first chunk was written, its code on record, before the second's row gave it again.
    expect(progress).toEqual(['write 3', 'check 5']);
    expect(refused).toMatchObject({ code: 'IMPORT_REFUSED', details: { problemCount: 1, problems: [taken] } });
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('gives a later chunk the code the register gave a row of an earlier chunk, that row another, as a dry run says', async () => {
    // The code the register gives next (next_person_code() skips codes on record).
    const { rows: next } = await store.sql.query<{ code: string }>(
      `select 'HN-' || lpad(n::text, greatest(7, length(n::text)), '0') as code
         from person_code_seq s, generate_series(s.last_value + (case when s.is_called then 1 else 0 end), s.last_value + 1000) n
        where not exists (select from person p where p.code = 'HN-' || lpad(n::text, greatest(7, length(n::text)), '0'))
        order by n limit 1`,
    );
    const code = next[0]?.code as string;
    const row = (given: string, name: string, i: number) => [given, ...admission(name, i)];
    const file = csvFile([
      ['Mã hồ sơ', ...ADMISSION_HEADERS],
      row('', 'Mã Sổ Một', 0),
      row('', 'Mã Sổ Hai', 1),
      row('', 'Mã Sổ Ba', 2),
      row(code, 'Mã Sổ Bốn', 3),
    ]);
    const uploadId = await uploaded(file);
    const before = await tableDigest(store.sql);
    const dry = await importRecords(uploadId, { dryRun: true });
    expect(dry).toMatchObject({ rowCount: 4, writtenCount: 4, problemCount: 0 });
    expect(await tableDigest(store.sql)).toEqual(before);
    const report = await importRecords(uploadId);
    expect(report).toMatchObject({ rowCount: 4, writtenCount: 4, problemCount: 0 });
    const { rows } = await store.sql.query<{ fullName: string; code: string }>(
      `select full_name as "fullName", code from person where full_name like 'Mã Sổ %' order by id`,
    );
    expect(rows.map((r) => r.fullName)).toEqual(['Mã Sổ Một', 'Mã Sổ Hai', 'Mã Sổ Ba', 'Mã Sổ Bốn']);
    expect(rows[3]?.code).toBe(code);
    expect(new Set(rows.map((r) => r.code)).size).toBe(4);
    expect(rows.slice(0, 3).every((r) => /^HN-\d{7,}$/.test(r.code))).toBe(true);
  });
});
