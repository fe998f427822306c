import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_KINDS } from '../../services/intake/intake-kinds.js';
import { tableDigest } from '../mutations/support/table-digest.js';
import { type Credential, startGateway, type TestGateway } from '../support/gateway.js';
import { useDatabase } from '../support/use-database.js';
import { ADMISSION_HEADERS, csvFile, IMPORT, upload, xlsxFile } from './support/intake-files.js';

interface Cell {
  id: number;
  code: string;
  path: string;
  district: string;
}

describe('bulk intake of admissions', () => {
  const store = useDatabase({ scale: 0.01 });
  let gw: TestGateway;
  let cells: Cell[];
  let editorOfDistrict: Credential;
  let viewer: Credential;

  beforeAll(async () => {
    gw = await startGateway(store.db.url);
    const { rows } = await store.sql.query<Cell>(
      `select c.id, c.code, d.code as district,
              (select string_agg(a.name, ' / ' order by array_position(c.path, a.id)) from organisation a where a.id = any(c.path)) as path
         from organisation c join organisation d on d.id = c.path[2] and d.kind = 'district_committee'
        where c.kind = 'cell' and c.dissolved_on is null and c.founded_on <= '2020-01-01'
        order by c.id limit 200`,
    );
    cells = rows;
    const districts = [...new Set(rows.map((r) => r.district))];
    expect(districts.length).toBeGreaterThan(1);
    editorOfDistrict = await gw.credential('editor', cells[0]?.district as string);
    viewer = await gw.credential('viewer', '*');
  });
  afterAll(() => gw?.close());

  const cell = (i: number) => cells[i] as Cell;
  const row = (name: string, cellRef: string, day = '19/05/2022', birthYear: number | string = 1998) => [
    name,
    'Nữ',
    birthYear,
    'Kinh',
    'Đại học',
    cellRef,
    day,
  ];

  async function importFile(content: Buffer, dryRun = false, credential?: Credential, kind = 'admissions') {
    const auth = credential?.headers.authorization;
    const up = await upload(gw, content, auth, kind);
    expect(up.status).toBe(201);
    return gw.ask(IMPORT, { input: { kind, uploadId: up.body.uploadId, dryRun } }, credential);
  }

  it('imports a CSV by code and by path, dd/mm/yyyy and ISO days, and a re-import changes nothing', async () => {
    const file = csvFile([
      ADMISSION_HEADERS,
      row('Nguyễn Văn Intake Một', cell(0).code),
      row('Nguyễn Văn Intake Hai', cell(1).path, '2021-03-02'),
    ]);
    const first = await importFile(file);
    expect(first.errors).toBeUndefined();
    expect(first.data.importRecords).toMatchObject({
      rowCount: 2,
      writtenCount: 2,
      unchangedCount: 0,
      problemCount: 0,
    });
    const written = await store.sql.query(
      `select o.code, m.admitted_on::text as day, m.probation_ends_on::text as probation from member m
         join person p on p.id = m.person_id join organisation o on o.id = m.cell_id
        where p.full_name like 'Nguyễn Văn Intake%' order by p.full_name desc`,
    );
    expect(written.rows).toEqual([
      { code: cell(0).code, day: '2022-05-19', probation: '2023-05-19' },
      { code: cell(1).code, day: '2021-03-02', probation: '2022-03-02' },
    ]);
    const before = await tableDigest(store.sql);
    const again = await importFile(file);
    expect(again.data.importRecords).toMatchObject({ rowCount: 2, writtenCount: 0, unchangedCount: 2, batchId: null });
    // Only the second upload of the file is new.
    const after = await tableDigest(store.sql);
    expect({ ...after, intake_upload: '' }).toEqual({ ...before, intake_upload: '' });
  });

  it('compares NFD text with NFC: a path and labels typed in NFD find the same cell and values', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const file = csvFile([
      ADMISSION_HEADERS.map(nfd),
      row('Trần Thị NFD', cell(2).path, '03/04/2022').map((v) => (typeof v === 'string' ? nfd(v) : v)),
    ]);
    expect(file.toString()).not.toEqual(file.toString().normalize('NFC'));
    const reply = await importFile(file);
    expect(reply.data.importRecords).toMatchObject({ writtenCount: 1, problemCount: 0 });
    const { rows } = await store.sql.query(
      `select p.full_name, p.sex, p.education, m.cell_id from person p join member m on m.person_id = p.id
        where p.full_name = $1`,
      ['Trần Thị NFD'.normalize('NFC')],
    );
    expect(rows).toEqual([{ full_name: 'Trần Thị NFD', sex: 'female', education: 'university', cell_id: cell(2).id }]);
  });

  it('reports every one of 1,000 mixed problems with row, column, code and reason, and writes nothing', async () => {
    const mistakes = [
      (i: number) => row(`Lỗi ${i}`, cell(i % 50).code, '31/02/2022'), // not a day
      (i: number) => row(`Lỗi ${i}`, 'KHONG-CO-MA-NAY'), // no such organisation
      (i: number) => row(`Lỗi ${i}`, cell(i % 50).code, '01/01/2022', 2010), // under age
      (i: number) => row(`Lỗi ${i}`, cell(i % 50).code, '01/01/2099'), // in the future
      (i: number) => row('', cell(i % 50).code), // empty name
    ];
    const good = (i: number) => row(`Đúng ${i}`, cell(i % 50).code);
    const rows: (string | number)[][] = [ADMISSION_HEADERS];
    for (let i = 0; i < 1000; i++) rows.push(good(i), (mistakes[i % 5] as (i: number) => (string | number)[])(i));
    const file = csvFile(rows);
    const up = await upload(gw, file);
    const before = await tableDigest(store.sql);
    const refused = await gw.ask(IMPORT, { input: { kind: 'admissions', uploadId: up.body.uploadId } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'IMPORT_REFUSED', problemCount: 1000 });
    const problems = refused.errors?.[0]?.extensions?.problems as { row: number; column: string; code: string }[];
    expect(problems).toHaveLength(1000);
    expect(new Set(problems.map((p) => p.row)).size).toBe(1000);
    const codes = (c: string) => problems.filter((p) => p.code === c).length;
    expect([codes('BAD_USER_INPUT'), codes('NOT_FOUND'), codes('UNDER_AGE'), codes('DATE_IN_FUTURE')]).toEqual([
      400, 200, 200, 200,
    ]);
    expect(problems[0]).toMatchObject({ row: 3, column: 'Ngày kết nạp', code: 'BAD_USER_INPUT' });
    expect(problems[2]).toMatchObject({ row: 7, column: 'Năm sinh', code: 'UNDER_AGE' });
    expect(await tableDigest(store.sql)).toEqual(before);

    const dry = await gw.ask(IMPORT, { input: { kind: 'admissions', uploadId: up.body.uploadId, dryRun: true } });
    expect(dry.data.importRecords).toMatchObject({ rowCount: 2000, writtenCount: 0, problemCount: 1000 });
    expect(dry.data.importRecords.problems).toEqual(problems);
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('a dry run of a good file reports what it would write and writes nothing', async () => {
    const up = await upload(gw, csvFile([ADMISSION_HEADERS, row('Khô Ráo', cell(3).code)]));
    const before = await tableDigest(store.sql);
    const dry = await gw.ask(IMPORT, { input: { kind: 'admissions', uploadId: up.body.uploadId, dryRun: true } });
    expect(dry.data.importRecords).toMatchObject({ rowCount: 1, writtenCount: 1, problemCount: 0, batchId: null });
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('finds a path written without accents, in lower case, with the city level left out', async () => {
    const loose = cell(1)
      .path.split(' / ')
      .slice(1)
      .join('/')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gi, 'd')
      .toLowerCase();
    const dry = await importFile(csvFile([ADMISSION_HEADERS, row('Không Dấu', loose)]), true);
    expect(dry.data.importRecords).toMatchObject({ writtenCount: 1, problemCount: 0 });
  });

  it('calls a path that fits two organisations AMBIGUOUS_ORGANISATION', async () => {
    const { rows } = await store.sql.query<{ name: string }>(
      `select name from organisation where kind = 'cell' group by name having count(*) > 1 limit 1`,
    );
    const name = rows[0]?.name as string;
    const dry = await importFile(csvFile([ADMISSION_HEADERS, row('Mơ Hồ', name)]), true);
    expect(dry.data.importRecords.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Chi bộ (mã hoặc đường dẫn)', code: 'AMBIGUOUS_ORGANISATION' }),
    ]);
  });

  it('imports an XLSX workbook with date cells the same way', async () => {
    const file = await xlsxFile([
      ADMISSION_HEADERS,
      ['Lê Văn Sổ', 'Nam', 1990, 'Tày', 'Sau đại học', cell(4).code, new Date(Date.UTC(2022, 0, 15))],
    ]);
    const reply = await importFile(file);
    expect(reply.data.importRecords).toMatchObject({ writtenCount: 1, problemCount: 0 });
    const { rows } = await store.sql.query(
      `select m.admitted_on::text as day, p.ethnicity from member m join person p on p.id = m.person_id where p.full_name = 'Lê Văn Sổ'`,
    );
    expect(rows).toEqual([{ day: '2022-01-15', ethnicity: 'Tày' }]);
  });

  it('imports inspections, supervisions and disciplinary actions of organisations with the rules of their mutations', async () => {
    const other = cells.find((c) => c.district !== cell(0).district) as Cell;
    const subject = ['Tổ chức đảng', 'Cấp ủy thực hiện (mã hoặc đường dẫn)', 'Chủ thể'];
    const inspections = await importFile(
      csvFile([
        ['Tổ chức đảng được kiểm tra (mã hoặc đường dẫn)', ...subject.slice(1), 'Loại kiểm tra', 'Ngày kiểm tra'],
        [cell(0).code, cell(0).district, 'Ủy ban Kiểm tra', 'Kiểm tra chuyên đề', '15/03/2022'],
      ]),
      false,
      undefined,
      'inspections',
    );
    expect(inspections.data.importRecords).toMatchObject({ writtenCount: 1, problemCount: 0 });
    const { rows } = await store.sql.query(
      `select i.type, i.acting_body, i.occurred_on::text as day from inspection i
         join organisation s on s.id = i.subject_organisation_id where s.code = $1 and i.occurred_on = '2022-03-15'`,
      [cell(0).code],
    );
    expect(rows).toEqual([{ type: 'thematic', acting_body: 'inspection_commission', day: '2022-03-15' }]);

    const supervisions = await importFile(
      csvFile([
        ['Tổ chức đảng được giám sát (mã hoặc đường dẫn)', ...subject.slice(1), 'Loại giám sát', 'Ngày giám sát'],
        [other.code, cell(0).district, '', 'Giám sát thường xuyên', '16/03/2022'],
      ]),
      true,
      undefined,
      'supervisions',
    );
    expect(supervisions.data.importRecords.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Tổ chức đảng được giám sát (mã hoặc đường dẫn)',
        code: 'OUTSIDE_JURISDICTION',
      }),
    ]);

    const discipline = await importFile(
      csvFile([
        ['Tổ chức đảng bị kỷ luật (mã hoặc đường dẫn)', ...subject.slice(1), 'Hình thức kỷ luật', 'Ngày quyết định'],
        [cell(0).code, cell(0).district, '', 'Khai trừ', '17/03/2022'],
      ]),
      true,
      undefined,
      'disciplinary-actions',
    );
    expect(discipline.data.importRecords.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Hình thức kỷ luật', code: 'FORM_DOES_NOT_FIT_SUBJECT' }),
    ]);
  });

  describe('refuses malformed files with their own code, writing nothing', () => {
    const good = () => row('Tệp Hỏng', cell(5).code);
    const cases: [string, () => Promise<Buffer>, string][] = [
      [
        'not a spreadsheet',
        async () => Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00, 0x01]),
        'FILE_NOT_SPREADSHEET',
      ],
      [
        'an encrypted workbook',
        async () => {
          const ole = Buffer.alloc(4096);
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
          Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
          return ole;
        },
        'FILE_ENCRYPTED',
      ],
      [
        'wrong headers',
        async () =>
          csvFile([
            ['Tên', 'Ngày'],
            ['A', '01/01/2022'],
          ]),
        'WRONG_HEADERS',
      ],
      [
        'a formula',
        () =>
          xlsxFile([ADMISSION_HEADERS, good()], (s) => {
            s.getCell('C2').value = { formula: '1990+8', result: 1998 } as ExcelJS.CellFormulaValue;
          }),
        'FORMULA_NOT_ALLOWED',
      ],
      [
        'merged cells',
        () => xlsxFile([ADMISSION_HEADERS, good(), good()], (s) => s.mergeCells('A2:A3')),
        'MERGED_CELLS',
      ],
      ['too many rows', async () => csvFile([ADMISSION_HEADERS, good(), good(), good()]), 'TOO_MANY_ROWS'],
    ];
    let limited: TestGateway;
    beforeAll(async () => {
      limited = await startGateway(store.db.url, { env: { INTAKE_MAX_ROWS: '2' } });
    });
    afterAll(() => limited?.close());

    it.each(cases)('%s', async (_name, make, code) => {
      const up = await upload(limited, await make());
      const before = await tableDigest(store.sql);
      const reply = await limited.ask(IMPORT, { input: { kind: 'admissions', uploadId: up.body.uploadId } });
      expect(reply.errors?.[0]?.extensions?.code).toBe(code);
      expect(await tableDigest(store.sql)).toEqual(before);
    });

    it('an upload over INTAKE_MAX_UPLOAD_BYTES is UPLOAD_TOO_LARGE (HTTP 413)', async () => {
      const small = await startGateway(store.db.url, { env: { INTAKE_MAX_UPLOAD_BYTES: '2048' } });
      try {
        const reply = await upload(small, Buffer.alloc(4096, 'a'));
        expect([reply.status, reply.body.error.code]).toEqual([413, 'UPLOAD_TOO_LARGE']);
      } finally {
        await small.close();
      }
    });
  });

  it('serves a template per kind that exceljs opens, with the headers, an example and validation lists', async () => {
    const res = await gw.inject({ method: 'GET', url: '/intake/templates/admissions.xlsx' });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Mã hồ sơ', ...ADMISSION_HEADERS]);
    expect(sheet.getCell('C2').value).toBe('Nữ');
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('F100').dataValidation).toMatchObject({ type: 'list' });
    const lists = workbook.getWorksheet('Danh mục') as ExcelJS.Worksheet;
    expect(lists.getCell('A2').value).toBe('Nữ');
    expect((await gw.inject({ method: 'GET', url: '/intake/templates/nothing.xlsx' })).statusCode).toBe(404);
  });

  it.each(Object.values(INTAKE_KINDS))(
    'serves the $name template from its columns, headers read back',
    async (kind) => {
      const res = await gw.inject({ method: 'GET', url: `/intake/templates/${kind.name}.xlsx` });
      expect(res.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.name).toBe(kind.label);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(kind.columns.map((c) => c.header));
      kind.columns.forEach((c, i) => {
        if (c.choices) expect(sheet.getCell(3, i + 1).dataValidation, c.header).toMatchObject({ type: 'list' });
      });
    },
  );

  it('needs a role that writes, and refuses rows naming organisations outside the scope (FORBIDDEN)', async () => {
    const file = csvFile([
      ADMISSION_HEADERS,
      row('Ngoài Phạm Vi', cells.find((c) => c.district !== cell(0).district)?.code as string),
    ]);
    expect((await upload(gw, file, viewer.headers.authorization)).status).toBe(403);
    const up = await upload(gw, file, editorOfDistrict.headers.authorization);
    const before = await tableDigest(store.sql);
    const reply = await gw.ask(IMPORT, { input: { kind: 'admissions', uploadId: up.body.uploadId } }, editorOfDistrict);
    expect(reply.errors?.[0]?.extensions).toMatchObject({
      code: 'IMPORT_REFUSED',
      problems: [expect.objectContaining({ row: 2, code: 'FORBIDDEN' })],
    });
    const asViewer = await gw.ask(IMPORT, { input: { kind: 'admissions', uploadId: up.body.uploadId } }, viewer);
    expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await tableDigest(store.sql)).toEqual(before);
  });
});
