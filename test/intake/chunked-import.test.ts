import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import { type ImportOptions, ImportService } from '../../services/intake/import.service.js';
import { IntakeUploadService } from '../../services/intake/intake-upload.service.js';
import { initORM } from '../../services/store/orm.js';
import { tableDigest } from '../mutations/support/table-digest.js';
import { useDatabase } from '../support/use-database.js';
import { ADMISSION_HEADERS, csvFile, ORGANISATION_HEADERS } from './support/intake-files.js';

/** Rows per chunk here: files of a dozen rows cross several chunks. */
const CHUNK = 3;

describe('an import taken in chunks inside its one transaction', () => {
  const store = useDatabase({ scale: 0.01 });
  let orm: MikroORM;
  let cells: string[];
  let district: string;

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
});
