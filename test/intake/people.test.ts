import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDigest } from '../mutations/support/table-digest.js';
import { type Credential, startGateway, type TestGateway } from '../support/gateway.js';
import { useDatabase } from '../support/use-database.js';
import { csvFile, IMPORT, PEOPLE_HEADERS, upload } from './support/intake-files.js';

describe('bulk intake of people', () => {
  const store = useDatabase({ scale: 0.01 });
  let gw: TestGateway;
  let editorOfDistrict: Credential;
  let viewer: Credential;

  beforeAll(async () => {
    gw = await startGateway(store.db.url);
    const { rows } = await store.sql.query<{ code: string }>(
      `select code from organisation where kind = 'district_committee' order by id limit 1`,
    );
    editorOfDistrict = await gw.credential('editor', rows[0]?.code as string);
    viewer = await gw.credential('viewer', '*');
  });
  afterAll(() => gw?.close());

  async function importFile(content: Buffer, dryRun = false, credential?: Credential) {
    const up = await upload(gw, content, credential?.headers.authorization, 'people');
    expect(up.status).toBe(201);
    return gw.ask(IMPORT, { input: { kind: 'people', uploadId: up.body.uploadId, dryRun } }, credential);
  }

  it('records people with their own details (labels or stored values), and a re-import changes nothing', async () => {
    const file = csvFile([
      PEOPLE_HEADERS,
      ['Hoàng Văn Người Một', 'Nam', 1985, 'Tày', 'Sau đại học'],
      ['Hoàng Thị Người Hai', 'female', 1990, '', 'upper_secondary'],
    ]);
    const first = await importFile(file);
    expect(first.errors).toBeUndefined();
    expect(first.data.importRecords).toMatchObject({ rowCount: 2, writtenCount: 2, unchangedCount: 0 });
    const { rows } = await store.sql.query(
      `select full_name, sex, birth_year, ethnicity, education from person where full_name like 'Hoàng % Người %' order by full_name`,
    );
    expect(rows).toEqual([
      {
        full_name: 'Hoàng Thị Người Hai',
        sex: 'female',
        birth_year: 1990,
        ethnicity: 'Kinh',
        education: 'upper_secondary',
      },
      { full_name: 'Hoàng Văn Người Một', sex: 'male', birth_year: 1985, ethnicity: 'Tày', education: 'postgraduate' },
    ]);
    const before = await tableDigest(store.sql);
    const again = await importFile(file);
    expect(again.data.importRecords).toMatchObject({ rowCount: 2, writtenCount: 0, unchangedCount: 2, batchId: null });
    const after = await tableDigest(store.sql);
    expect({ ...after, intake_upload: '' }).toEqual({ ...before, intake_upload: '' });
  });

  it('records the register codes given, and refuses a code on record or given by an earlier row (PERSON_CODE_TAKEN)', async () => {
    const headers = ['Mã hồ sơ', ...PEOPLE_HEADERS];
    const good = await importFile(
      csvFile([
        headers,
        ['ng-2022/01', 'Mã Người Một', 'Nam', 1985, '', 'Đại học'],
        ['', 'Mã Người Hai', 'Nữ', 1986, '', 'Đại học'],
      ]),
    );
    expect(good.data.importRecords).toMatchObject({ writtenCount: 2, problemCount: 0 });
    const { rows } = await store.sql.query(`select code from person where full_name like 'Mã Người %' order by id`);
    expect(rows.map((r) => r.code)).toEqual(['NG-2022/01', expect.stringMatching(/^HN-\d{7,}$/)]);
    const taken = await importFile(
      csvFile([
        headers,
        ['NG-2022/01', 'Trùng Một', 'Nam', 1985, '', 'Đại học'],
        ['NG-2022/02', 'Trùng Hai', 'Nam', 1985, '', 'Đại học'],
        ['ng-2022/02', 'Trùng Ba', 'Nam', 1985, '', 'Đại học'],
      ]),
      true,
    );
    expect(
      taken.data.importRecords.problems.map((p: { row: number; column: string; code: string }) => [
        p.row,
        p.column,
        p.code,
      ]),
    ).toEqual([
      [2, 'Mã hồ sơ', 'PERSON_CODE_TAKEN'],
      [4, 'Mã hồ sơ', 'PERSON_CODE_TAKEN'],
    ]);
  });

  it('reports every problem with row, column and code, and writes nothing', async () => {
    const file = csvFile([
      PEOPLE_HEADERS,
      ['Đúng Một', 'Nữ', 1980, 'Kinh', 'Đại học'],
      ['', 'Nữ', 1980, 'Kinh', 'Đại học'],
      ['Năm Sai', 'Nữ', 1800, 'Kinh', 'Đại học'],
      ['Giới Sai', 'Không rõ', 1980, 'Kinh', 'Đại học'],
      ['Học Sai', 'Nam', 'một chín tám', 'Kinh', 'Tiến sĩ vũ trụ'],
    ]);
    const up = await upload(gw, file, undefined, 'people');
    const before = await tableDigest(store.sql);
    const refused = await gw.ask(IMPORT, { input: { kind: 'people', uploadId: up.body.uploadId } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'IMPORT_REFUSED', problemCount: 5 });
    const problems = refused.errors?.[0]?.extensions?.problems as { row: number; column: string; code: string }[];
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Họ và tên', 'BAD_USER_INPUT'],
      [4, 'Năm sinh', 'BAD_USER_INPUT'],
      [5, 'Giới tính', 'BAD_USER_INPUT'],
      [6, 'Năm sinh', 'BAD_USER_INPUT'],
      [6, 'Trình độ học vấn', 'BAD_USER_INPUT'],
    ]);
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('needs a role that writes and a credential of the whole forest (FORBIDDEN otherwise)', async () => {
    const file = csvFile([PEOPLE_HEADERS, ['Ngoài Phạm Vi', 'Nam', 1980, 'Kinh', 'Đại học']]);
    expect((await upload(gw, file, viewer.headers.authorization, 'people')).status).toBe(403);
    const up = await upload(gw, file, editorOfDistrict.headers.authorization, 'people');
    const before = await tableDigest(store.sql);
    const input = { input: { kind: 'people', uploadId: up.body.uploadId } };
    const reply = await gw.ask(IMPORT, input, editorOfDistrict);
    expect(reply.errors?.[0]?.extensions).toMatchObject({
      code: 'IMPORT_REFUSED',
      problems: [expect.objectContaining({ row: 2, code: 'FORBIDDEN' })],
    });
    expect((await gw.ask(IMPORT, input, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('serves its template from the columns', async () => {
    const res = await gw.inject({ method: 'GET', url: '/intake/templates/people.xlsx' });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Mã hồ sơ', ...PEOPLE_HEADERS]);
    expect(sheet.getCell('F2').dataValidation).toMatchObject({ type: 'list' });
  });
});
