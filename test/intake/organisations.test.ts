import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDigest } from '../mutations/support/table-digest.js';
import { type Credential, startGateway, type TestGateway } from '../support/gateway.js';
import { useDatabase } from '../support/use-database.js';
import { csvFile, IMPORT, ORGANISATION_HEADERS, upload } from './support/intake-files.js';

interface District {
  id: number;
  code: string;
  name: string;
}

describe('bulk intake of organisations', () => {
  const store = useDatabase({ scale: 0.01 });
  let gw: TestGateway;
  let districts: District[];
  let editorOfDistrict: Credential;
  let viewer: Credential;

  beforeAll(async () => {
    gw = await startGateway(store.db.url);
    const { rows } = await store.sql.query<District>(
      `select id, code, name from organisation where kind = 'district_committee' and dissolved_on is null
          and founded_on <= '2000-01-01' order by id limit 2`,
    );
    districts = rows;
    expect(districts).toHaveLength(2);
    editorOfDistrict = await gw.credential('editor', (districts[0] as District).code);
    viewer = await gw.credential('viewer', '*');
  });
  afterAll(() => gw?.close());

  const district = (i: number) => districts[i] as District;

  async function importFile(content: Buffer, dryRun = false, credential?: Credential) {
    const up = await upload(gw, content, credential?.headers.authorization, 'organisations');
    expect(up.status).toBe(201);
    return gw.ask(IMPORT, { input: { kind: 'organisations', uploadId: up.body.uploadId, dryRun } }, credential);
  }

  it('founds a subtree whose parents are founded earlier in the file, and a re-import changes nothing', async () => {
    const file = csvFile([
      ORGANISATION_HEADERS,
      [
        'NK-DB01',
        'Đảng bộ Công ty Nhập Khẩu',
        'Đảng bộ cơ sở',
        'Đảng',
        district(0).code,
        'Doanh nghiệp ngoài khu vực nhà nước',
        '01/03/2021',
      ],
      ['NK-DB01-BP1', 'Đảng bộ bộ phận Xưởng Một', 'Đảng bộ bộ phận', 'Đảng', 'NK-DB01', '', '2021-04-01'],
      // By path, the new organisations named like any on record (no accents, a level left out).
      [
        'NK-DB01-CB1',
        'Chi bộ Kho Vận',
        'Chi bộ',
        'Đảng',
        `${district(0).name} / dang bo cong ty nhap khau / Xưởng Một`.replace('Xưởng Một', 'Đảng bộ bộ phận Xưởng Một'),
        'Doanh nghiệp ngoài khu vực nhà nước',
        '02/04/2021',
      ],
      ['NK-DB01-CB2', 'Chi bộ Văn Phòng', 'cell', 'party', 'NK-DB01', '', '05/05/2021'],
    ]);
    const first = await importFile(file);
    expect(first.errors).toBeUndefined();
    expect(first.data.importRecords).toMatchObject({
      rowCount: 4,
      writtenCount: 4,
      unchangedCount: 0,
      problemCount: 0,
    });
    const { rows } = await store.sql.query(
      `select o.code, o.kind, p.code as parent, o.host_sector, o.founded_on::text as day, o.depth,
              o.path[2] = $1 as in_district, o.path[cardinality(o.path)] = o.id as path_ends_here
         from organisation o join organisation p on p.id = o.parent_id where o.code like 'NK-DB01%' order by o.code`,
      [district(0).id],
    );
    expect(rows).toEqual([
      {
        code: 'NK-DB01',
        kind: 'grassroots_committee',
        parent: district(0).code,
        host_sector: 'non_state_enterprise',
        day: '2021-03-01',
        depth: 2,
        in_district: true,
        path_ends_here: true,
      },
      {
        code: 'NK-DB01-BP1',
        kind: 'partial_committee',
        parent: 'NK-DB01',
        host_sector: null,
        day: '2021-04-01',
        depth: 3,
        in_district: true,
        path_ends_here: true,
      },
      {
        code: 'NK-DB01-CB1',
        kind: 'cell',
        parent: 'NK-DB01-BP1',
        host_sector: 'non_state_enterprise',
        day: '2021-04-02',
        depth: 4,
        in_district: true,
        path_ends_here: true,
      },
      {
        code: 'NK-DB01-CB2',
        kind: 'cell',
        parent: 'NK-DB01',
        host_sector: null,
        day: '2021-05-05',
        depth: 3,
        in_district: true,
        path_ends_here: true,
      },
    ]);
    const before = await tableDigest(store.sql);
    const again = await importFile(file);
    expect(again.data.importRecords).toMatchObject({ rowCount: 4, writtenCount: 0, unchangedCount: 4, batchId: null });
    const after = await tableDigest(store.sql);
    expect({ ...after, intake_upload: '' }).toEqual({ ...before, intake_upload: '' });
  });

  it('reports every problem with row, column and the codes of foundOrganisation, and writes nothing', async () => {
    const d = district(0).code;
    const file = csvFile([
      ORGANISATION_HEADERS,
      ['LOI-01', 'Chi bộ Thẳng', 'Chi bộ', 'Đảng', d, '', '01/01/2022'], // a cell directly under a district
      ['LOI-02', 'Ủy ban Sai Khối', 'Ủy ban nhân dân', 'Đảng', d, '', '01/01/2022'], // state body in the Party
      ['LOI-03', 'Trùng Mã', 'Đảng bộ cơ sở', 'Đảng', d, '', '01/01/2022'],
      ['LOI-03', 'Trùng Mã Lần Hai', 'Đảng bộ cơ sở', 'Đảng', d, '', '02/01/2022'], // code taken by row 4
      [district(1).code, 'Mã Đã Có', 'Đảng bộ cơ sở', 'Đảng', d, '', '01/01/2022'], // code on record
      ['LOI-06', 'Không Cha', 'Chi bộ', 'Đảng', 'KHONG-CO-MA-NAY', '', '01/01/2022'],
      ['LOI-07', 'Trước Cha', 'Chi bộ', 'Đảng', 'LOI-03', '', '31/12/2021'], // before its parent (row 4)
      ['LOI-08', 'Tương Lai', 'Đảng bộ cơ sở', 'Đảng', d, '', '01/01/2099'],
      ['LOI-09', 'Ngày Sai', 'Đảng bộ cơ sở', 'Đảng', d, '', '31/02/2022'],
      ['LOI-10', 'Khu Vực Sai', 'Ban Thường vụ', 'Đảng', d, 'Khu dân cư', '01/01/2022'],
      ['', 'Không Mã', 'Đảng bộ cơ sở', 'Đảng', d, '', '01/01/2022'],
    ]);
    const up = await upload(gw, file, undefined, 'organisations');
    const before = await tableDigest(store.sql);
    const refused = await gw.ask(IMPORT, { input: { kind: 'organisations', uploadId: up.body.uploadId } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'IMPORT_REFUSED', problemCount: 10 });
    const problems = refused.errors?.[0]?.extensions?.problems as { row: number; column: string; code: string }[];
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Tổ chức cấp trên (mã hoặc đường dẫn)', 'KIND_DOES_NOT_FIT_PARENT'],
      [3, 'Khối', 'KIND_DOES_NOT_FIT_BRANCH'],
      [5, 'Mã tổ chức', 'CODE_TAKEN'],
      [6, 'Mã tổ chức', 'CODE_TAKEN'],
      [7, 'Tổ chức cấp trên (mã hoặc đường dẫn)', 'NOT_FOUND'],
      [8, 'Tổ chức cấp trên (mã hoặc đường dẫn)', 'DATE_BEFORE_SUBJECT'],
      [9, 'Ngày thành lập', 'DATE_IN_FUTURE'],
      [10, 'Ngày thành lập', 'BAD_USER_INPUT'],
      [11, 'Khu vực', 'BAD_USER_INPUT'],
      [12, 'Mã tổ chức', 'BAD_USER_INPUT'],
    ]);
    expect(await tableDigest(store.sql)).toEqual(before);
    const dry = await gw.ask(IMPORT, { input: { kind: 'organisations', uploadId: up.body.uploadId, dryRun: true } });
    expect(dry.data.importRecords.problems).toEqual(problems);
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('needs a role that writes; an editor of one district may not found under another, nor a root (FORBIDDEN)', async () => {
    const file = csvFile([
      ORGANISATION_HEADERS,
      ['NGOAI-01', 'Đảng bộ Ngoài Phạm Vi', 'Đảng bộ cơ sở', 'Đảng', district(1).code, '', '01/01/2022'],
      ['NGOAI-02', 'Thành ủy Mới', 'Thành ủy', 'Đảng', '', '', '01/01/2022'],
      ['TRONG-01', 'Đảng bộ Trong Phạm Vi', 'Đảng bộ cơ sở', 'Đảng', district(0).code, '', '01/01/2022'],
    ]);
    expect((await upload(gw, file, viewer.headers.authorization, 'organisations')).status).toBe(403);
    const up = await upload(gw, file, editorOfDistrict.headers.authorization, 'organisations');
    const before = await tableDigest(store.sql);
    const input = { input: { kind: 'organisations', uploadId: up.body.uploadId } };
    const reply = await gw.ask(IMPORT, input, editorOfDistrict);
    expect(reply.errors?.[0]?.extensions).toMatchObject({
      code: 'IMPORT_REFUSED',
      problems: [
        expect.objectContaining({ row: 2, column: 'Tổ chức cấp trên (mã hoặc đường dẫn)', code: 'FORBIDDEN' }),
        expect.objectContaining({ row: 3, column: 'Tổ chức cấp trên (mã hoặc đường dẫn)', code: 'FORBIDDEN' }),
      ],
    });
    expect((await gw.ask(IMPORT, input, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await tableDigest(store.sql)).toEqual(before);
  });

  it('serves its template from the columns: headers, an example row and lists for kind, branch and sector', async () => {
    const res = await gw.inject({ method: 'GET', url: '/intake/templates/organisations.xlsx' });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ORGANISATION_HEADERS);
    expect(sheet.getCell('C2').value).toBe('Chi bộ cơ sở');
    for (const cell of ['C5', 'D5', 'F5']) expect(sheet.getCell(cell).dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('E5').dataValidation).toBeUndefined();
  });
});
