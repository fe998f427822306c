import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import { importFile } from '../../services/intake/import-file.js';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { initORM } from '../../services/store/orm.js';
import { Random } from '../world/random.js';
import { worldDatabase } from './analytics.js';

const ROWS = 100_000;
const HEADERS = [
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Trình độ học vấn',
  'Chi bộ (mã hoặc đường dẫn)',
  'Ngày kết nạp',
];
const log = (line: string) => console.error(`bench: intake: ${line}`);

interface Figure {
  format: string;
  bytes: number;
  seconds: number;
  /** Of `seconds`: reading, parsing and checking every row (the rest: writing and committing). */
  checkSeconds: number;
  reimportSeconds: number;
  peakRssMb: number;
  written: number;
}

/** 100,000 admissions into cells of the scale-1 world, a fifth of them named by path, days as offices write them. */
async function registerRows(url: string): Promise<string[][]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: all } = await client
    .query<{ code: string; path: string; alive: boolean }>(
      `select c.code, (select string_agg(a.name, ' / ' order by array_position(c.path, a.id))
                         from organisation a where a.id = any(c.path)) as path,
              c.kind in ('cell', 'grassroots_cell') and c.dissolved_on is null and c.founded_on <= '2022-01-01' as alive
         from organisation c order by c.id`,
    )
    .finally(() => client.end());
  const cells = all.filter((c) => c.alive);
  // The world has a few same-named organisations under the same parent: those are named by code.
  const paths = new Map<string, number>();
  for (const c of all) paths.set(c.path, (paths.get(c.path) ?? 0) + 1);
  const random = Random.stream(20261202, 'intake-bench');
  const pick = <T>(items: readonly T[]) => items[Math.floor(random.float() * items.length)] as T;
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
  const given = ['Văn An', 'Thị Bình', 'Minh Châu', 'Đức Dũng', 'Thu Hà', 'Quang Huy', 'Ngọc Lan', 'Hữu Phúc'];
  return Array.from({ length: ROWS }, () => {
    const cell = pick(cells);
    const day = `${String(1 + Math.floor(random.float() * 28)).padStart(2, '0')}/${String(1 + Math.floor(random.float() * 12)).padStart(2, '0')}/${2023 + Math.floor(random.float() * 3)}`;
    return [
      `${pick(family)} ${pick(given)}`,
      pick(['Nam', 'Nữ']),
      String(1970 + Math.floor(random.float() * 30)),
      'Kinh',
      pick(['Trung học phổ thông', 'Đại học', 'Sau đại học']),
      random.float() < 0.2 && paths.get(cell.path) === 1 ? cell.path : cell.code,
      day,
    ];
  });
}

async function writeCsv(file: string, rows: string[][]): Promise<void> {
  const out = createWriteStream(file);
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  for (const row of [HEADERS, ...rows]) out.write(`${row.map(quote).join(',')}\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function writeXlsx(file: string, rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Kết nạp');
  for (const row of [HEADERS, ...rows]) sheet.addRow(row).commit();
  await workbook.commit();
}

/** A fresh copy of the scale-1 world for one run. */
async function copyOf(serverUrl: string, template: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`).finally(() => admin.end());
}

/** Imports `file` into `url` (then once more: the no-op re-import), sampling the process's RSS meanwhile. */
async function timeImport(url: string, file: string, format: string): Promise<Figure> {
  const orm = await initORM(url, 2);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const options = { kind: 'admissions', file, dryRun: false, maxRows: 200_000, maxBytes: 256 * 2 ** 20 };
  try {
    const start = process.hrtime.bigint();
    let checked = start;
    const report = await importFile(orm.em.fork(), SYSTEM_CALLER, {
      ...options,
      onProgress: (stage, rows) => {
        if (stage === 'write' && rows === 0) checked = process.hrtime.bigint();
      },
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const checkSeconds = Number(checked - start) / 1e9;
    const again = process.hrtime.bigint();
    const second = await importFile(orm.em.fork(), SYSTEM_CALLER, options);
    const reimportSeconds = Number(process.hrtime.bigint() - again) / 1e9;
    if (report.writtenCount !== ROWS || second.writtenCount !== 0) {
      throw new Error(
        `intake bench: wrote ${report.writtenCount}, then ${second.writtenCount} (${report.problemCount} problems)`,
      );
    }
    return {
      format,
      bytes: (await stat(file)).size,
      seconds,
      checkSeconds,
      reimportSeconds,
      peakRssMb: peak / 2 ** 20,
      written: report.writtenCount,
    };
  } finally {
    clearInterval(sampler);
    await orm.close();
  }
}

/**
 * `npm run bench -- --only intake`: 100,000 admissions imported into a copy of the scale-1 world
 * from CSV and from XLSX (target under 30 s each), then the same file again (a no-op), with the
 * process's peak RSS while it ran.
 */
export async function benchIntake(): Promise<{ markdown: string }> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-intake-'));
  const figures: Figure[] = [];
  try {
    const world = await worldDatabase(server.url, 1);
    const template = new URL(world).pathname.slice(1);
    log('writing the register files');
    const rows = await registerRows(world);
    const csv = path.join(dir, 'ket-nap.csv');
    const xlsx = path.join(dir, 'ket-nap.xlsx');
    await writeCsv(csv, rows);
    await writeXlsx(xlsx, rows);
    for (const [format, file] of [
      ['CSV', csv],
      ['XLSX', xlsx],
    ] as const) {
      const name = 'cg_bench_intake_run';
      const url = await copyOf(server.url, template, name);
      log(`${format}: importing ${ROWS} admissions`);
      figures.push(await timeImport(url, file, format));
      await dropDatabase(server.url, name);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
  const load = loadavg()[0] ?? 0;
  log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  return {
    markdown: [
      '## Bulk intake (100,000 admissions into the scale-1 world)',
      '',
      '| file | size | import (s, target 30) | of which reading and checking (s) | same file again (s, no-op) | peak RSS of the process (MB) |',
      '|---|---|---|---|---|---|',
      ...figures.map(
        (f) =>
          `| ${f.format} | ${(f.bytes / 2 ** 20).toFixed(1)} MB | ${f.seconds.toFixed(1)} | ${f.checkSeconds.toFixed(1)} | ${f.reimportSeconds.toFixed(1)} | ${f.peakRssMb.toFixed(0)} |`,
      ),
      '',
      `Load average (1 min) at the end: ${load.toFixed(2)} (the machine's cores are shared with other work).`,
    ].join('\n'),
  };
}
