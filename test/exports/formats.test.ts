import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { checkSpec } from '../../analytics/exports/check-spec.js';
import { produceExport } from '../../analytics/exports/produce-export.js';
import { resolvePeriod } from '../../analytics/relative-period.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startGateway, type TestGateway } from '../support/gateway.js';

let db: TestDatabase;
let engine: AnalyticsEngine;
let api: TestGateway;
let dir: string;
let duck: DuckDBInstance;

const SPEC = {
  title: 'Số liệu sơ kết',
  tables: [
    { name: 'ket_nap', question: 'compare', metric: 'admissions', groupBy: 'DISTRICT' },
    { name: 'doanh_nghiep', question: 'attainment', metric: 'non_state_enterprise_orgs' },
    { name: 'cung_co', question: 'share', metric: 'grassroots_consolidated' },
    { name: 'theo_thang', question: 'series', metric: 'admissions', grain: 'MONTH' },
    { name: 'ky_luat', question: 'compare', metric: 'disciplined_members', breakdown: 'form', scope: 'TU-001' },
    { name: 'ds_ket_nap', question: 'dataset', dataset: 'admissions' },
  ],
};

/** DuckDB as an independent reader of what the export wrote. */
async function duckRows(sql: string): Promise<Record<string, unknown>[]> {
  const conn = await duck.connect();
  try {
    const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
    return rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v,
        ]),
      ),
    );
  } finally {
    conn.closeSync();
  }
}

interface CompareAnswer {
  value: number;
  baseValue: number;
  delta: number;
  percentOfBase: number | null;
  rows: {
    label: string;
    value: number;
    baseValue: number;
    delta: number;
    percentOfBase: number | null;
    rank: number | null;
  }[];
}

let cityCompare: CompareAnswer;

beforeAll(async () => {
  db = await createTestDatabase({ scale: 1 });
  engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
  await engine.sync();
  api = await startGateway(db.url, { analytics: engine });
  dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-export-'));
  duck = await DuckDBInstance.create(':memory:');
  const spec = await checkSpec(SPEC, ['spec']);
  await produceExport(engine, dir, {
    runId: null,
    spec,
    period: resolvePeriod('H-1', new Date('2022-07-13T03:00:00Z')),
    periodText: 'H-1',
    resolvedAt: new Date('2022-07-13T03:00:00Z'),
    formats: ['xlsx', 'csv', 'parquet', 'json'],
    csvBom: true,
  });
  const res = await api.ask<{
    compare: CompareAnswer;
  }>(`{ compare(metric: "admissions", period: "2022-H1", groupBy: DISTRICT) {
    value baseValue delta percentOfBase rows { label value baseValue delta percentOfBase rank } } }`);
  cityCompare = res.data?.compare as CompareAnswer;
});

afterAll(async () => {
  duck?.closeSync();
  await api?.close();
  await engine?.close();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The compare table as every format must hold it: the API's rows, then the total. */
const expectedCompareRows = () => [
  ...cityCompare.rows.map((r) => ({
    label: r.label,
    value: r.value,
    base_value: r.baseValue,
    delta: r.delta,
    percent_of_base: r.percentOfBase,
    rank: r.rank,
  })),
  {
    label: 'Tổng cộng',
    value: cityCompare.value,
    base_value: cityCompare.baseValue,
    delta: cityCompare.delta,
    percent_of_base: cityCompare.percentOfBase,
    rank: null,
  },
];

describe('an export of H-1 on 2022-07-13 (resolved to 2022-H1), read back by independent readers', () => {
  it('writes every file and the manifest, no temporary file left', async () => {
    const names = (await readdir(dir)).sort();
    const expected = ['export.xlsx', 'manifest.json'];
    for (const t of SPEC.tables) for (const f of ['csv', 'parquet', 'json']) expected.push(`${t.name}.${f}`);
    expect(names).toEqual(expected.sort());
  });

  it('the manifest lists each file with its rows, bytes and sha256, the period and the snapshot', async () => {
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.period).toMatchObject({ requested: 'H-1', key: '2022-H1', label: '6 tháng đầu năm 2022' });
    expect(manifest.snapshotAt).toBe(engine.status().snapshotAt?.toISOString());
    expect(manifest.software).toMatchObject({ name: 'civicgraph' });
    expect(manifest.files).toHaveLength(1 + SPEC.tables.length * 3);
    for (const f of manifest.files) {
      const bytes = await readFile(path.join(dir, f.name));
      expect(f.bytes).toBe(bytes.length);
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    const csv = manifest.files.find((f: { name: string }) => f.name === 'ket_nap.csv');
    expect(csv.rows).toBe(cityCompare.rows.length + 1);
  });

  it('Parquet (DuckDB) and CSV (DuckDB) hold the compare answer of the API, rows and total', async () => {
    const parquet = await duckRows(`select * from '${dir}/ket_nap.parquet'`);
    expect(parquet).toEqual(expectedCompareRows());
    const csv = await duckRows(`select * from read_csv('${dir}/ket_nap.csv', header = true)`);
    expect(csv).toEqual(expectedCompareRows());
  });

  it('CSV is RFC 4180 with a byte-order mark: CRLF line ends, quoted fields where needed', async () => {
    const bytes = await readFile(path.join(dir, 'ket_nap.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('label,value,base_value,delta,percent_of_base,rank\r\n')).toBe(true);
    expect(text.split('\r\n').length).toBe(cityCompare.rows.length + 3);
    expect(text).not.toMatch(/[^\r]\n/);
    const paths = await readFile(path.join(dir, 'ds_ket_nap.csv'), 'utf8');
    // Organisation paths hold commas-free names with " / ": any field with a comma or quote is quoted.
    expect(paths.split('\r\n')[1]).toMatch(/^\uFEFF?\d{4}-\d{2}-\d{2},/);
  });

  it('XLSX (exceljs) has a sheet per table: title row, frozen Vietnamese header, the same values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'export.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(SPEC.tables.map((t) => t.name));
    const sheet = wb.getWorksheet('ket_nap') as ExcelJS.Worksheet;
    expect(String(sheet.getCell('A1').value)).toBe('Kết nạp đảng viên - 6 tháng đầu năm 2022 - Thành ủy Hà Nội');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Đơn vị',
      '6 tháng đầu năm 2022',
      '6 tháng đầu năm 2021',
      'Tăng (+), giảm (-)',
      'So với 6 tháng đầu năm 2021 (%)',
      'Xếp hạng',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const values: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) values.push((row.values as unknown[]).slice(1));
    });
    expect(values).toEqual(
      expectedCompareRows().map((r) => {
        const cells = [r.label, r.value, r.base_value, r.delta, r.percent_of_base, r.rank];
        while (cells.length && cells[cells.length - 1] === null) cells.pop();
        return cells.map((c) => (c === null ? undefined : c));
      }),
    );
    expect(sheet.getColumn(2).numFmt).toBe('#,##0');
  });

  it('JSON holds the same rows', async () => {
    const json = JSON.parse(await readFile(path.join(dir, 'ket_nap.json'), 'utf8'));
    expect(json.rows).toEqual(expectedCompareRows());
  });

  it('attainment, share and series equal the API', async () => {
    const res = await api.ask<{
      attainment: { value: number; target: number; percent: number };
      share: { value: number; of: number; percent: number };
      series: { period: { key: string; label: string }; value: number }[];
    }>(`{
      attainment(metric: "non_state_enterprise_orgs", period: "2022-H1") { value target percent }
      share(metric: "grassroots_consolidated", period: "2022-H1") { value of percent }
      series(metric: "admissions", from: "2022-01", to: "2022-06", grain: MONTH) { period { key label } value }
    }`);
    const a = res.data?.attainment;
    expect(await duckRows(`select value, target, target_period, percent from '${dir}/doanh_nghiep.parquet'`)).toEqual([
      { value: a?.value, target: a?.target, target_period: '2022', percent: a?.percent },
    ]);
    const s = res.data?.share;
    expect(await duckRows(`select value, "of", percent from '${dir}/cung_co.parquet'`)).toEqual([
      { value: s?.value, of: s?.of, percent: s?.percent },
    ]);
    expect(await duckRows(`select period, period_label, value from '${dir}/theo_thang.parquet'`)).toEqual(
      res.data?.series.map((p) => ({ period: p.period.key, period_label: p.period.label, value: p.value })),
    );
  });

  it('a scoped breakdown equals compare with that scope', async () => {
    const org = await api.ask<{ organisation: { id: string } }>('{ organisation(code: "TU-001") { id } }');
    const res = await api.ask<{ compare: { value: number; rows: { label: string; value: number }[] } }>(
      `query ($scope: ID) { compare(metric: "disciplined_members", period: "2022-H1", breakdown: "form", scope: $scope) { value rows { label value } } }`,
      { scope: org.data?.organisation.id },
    );
    const rows = await duckRows(`select label, value from '${dir}/ky_luat.parquet'`);
    expect(res.data?.compare.rows.length).toBeGreaterThan(0);
    expect(rows.slice(0, -1)).toEqual(res.data?.compare.rows);
    expect(rows.at(-1)?.value).toBe(res.data?.compare.value);
  });

  it('the admissions extract: one row per admission event, with path and district, adding up to compare by district', async () => {
    const total = await duckRows(`select count(*) as n from '${dir}/ds_ket_nap.parquet'`);
    expect(total[0]?.n).toBe(cityCompare.value);
    const byDistrict = await duckRows(
      `select coalesce(district, 'Khối, ngành Thành phố') as label, count(*) as value from read_csv('${dir}/ds_ket_nap.csv', header = true) group by all`,
    );
    const expected = cityCompare.rows.filter((r) => r.value > 0).map((r) => ({ label: r.label, value: r.value }));
    const sort = (x: Record<string, unknown>[]) =>
      [...x].sort((a, b) => String(a.label).localeCompare(String(b.label)));
    expect(sort(byDistrict)).toEqual(sort(expected));
    const [first] = await duckRows(`select * from '${dir}/ds_ket_nap.parquet' limit 1`);
    expect(String(first?.organisation_path)).toMatch(/^Thành ủy Hà Nội \/ .+ \/ /);
    expect(first?.event_kind).toBe('Kết nạp');
    const types = await duckRows(
      `select column_name, column_type from (describe select * from '${dir}/ds_ket_nap.parquet')`,
    );
    expect(types.find((t) => t.column_name === 'day')?.column_type).toBe('DATE');
    expect(types.find((t) => t.column_name === 'member_id')?.column_type).toBe('INTEGER');
  });
});
