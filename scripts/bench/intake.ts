import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { admissionsKind } from '../../services/intake/kinds/admissions.kind.js';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { Random } from '../world/random.js';
import { worldDatabase } from './analytics.js';
import type { ImportRun } from './intake-run.js';

/** Two register sizes, to show whether the import's memory follows the file's. */
const SIZES = [100_000, 200_000];
/** The columns each generated row fills, in order; their headers as the admissions kind names them. */
const COLUMNS = ['fullName', 'sex', 'birthYear', 'ethnicity', 'education', 'cell', 'admittedOn'];
const HEADERS = COLUMNS.map((key) => admissionsKind.columns.find((c) => c.key === key)?.header ?? key);
const log = (line: string) => console.error(`bench: intake: ${line}`);

interface Figure {
  format: string;
  rows: number;
  bytes: number;
  first: ImportRun;
  /** The same file again: a no-op. */
  again: ImportRun;
}

/** Admissions into cells of the scale-1 world, a fifth of them named by path, days as offices write them. */
async function registerRows(url: string, count: number): Promise<string[][]> {
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
  return Array.from({ length: count }, () => {
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

/** One import of `file` into `url` in a child process of its own (scripts/bench/intake-run.ts), as `npm run import` runs. */
async function importAlone(url: string, file: string): Promise<ImportRun> {
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', 'scripts/bench/intake-run.ts', url, file, 'admissions'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
  if (code !== 0) throw new Error(`intake bench: the import process exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as ImportRun;
}

/** Imports `file` into `url`, then once more (the no-op re-import), each in its own process. */
async function timeImport(url: string, file: string, format: string, rows: number): Promise<Figure> {
  const first = await importAlone(url, file);
  const again = await importAlone(url, file);
  if (first.written !== rows || again.written !== 0 || again.unchanged !== rows) {
    throw new Error(
      `intake bench: wrote ${first.written}, then ${again.written} (${first.problems} problems, ${again.unchanged} unchanged)`,
    );
  }
  return { format, rows, bytes: (await stat(file)).size, first, again };
}

/**
 * `npm run bench -- --only intake`: 100,000 and 200,000 admissions imported into a copy of the scale-1
 * world from CSV and from XLSX (target under 30 s for 100,000), then the same file again (a no-op); each
 * import runs in a process of its own, whose peak RSS is the import's alone.
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
    // The smaller register is the larger one's first rows.
    const all = await registerRows(world, Math.max(...SIZES));
    for (const size of SIZES) {
      const rows = all.slice(0, size);
      const csv = path.join(dir, `ket-nap-${size}.csv`);
      const xlsx = path.join(dir, `ket-nap-${size}.xlsx`);
      await writeCsv(csv, rows);
      await writeXlsx(xlsx, rows);
      for (const [format, file] of [
        ['CSV', csv],
        ['XLSX', xlsx],
      ] as const) {
        const name = 'cg_bench_intake_run';
        const url = await copyOf(server.url, template, name);
        log(`${format}: importing ${size} admissions`);
        figures.push(await timeImport(url, file, format, size));
        await dropDatabase(server.url, name);
      }
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
  const mb = (n: number) => n.toFixed(0);
  return {
    markdown: [
      '## Bulk intake (admissions into the scale-1 world, each import in a process of its own)',
      '',
      '| rows | file | size | import (s, target 30 for 100k) | same file again (s, no-op) | RSS before the import (MB) | peak RSS of the import process (MB) | peak RSS, same file again (MB) |',
      '|---|---|---|---|---|---|---|---|',
      ...figures.map(
        (f) =>
          `| ${f.rows.toLocaleString('en')} | ${f.format} | ${(f.bytes / 2 ** 20).toFixed(1)} MB | ${f.first.seconds.toFixed(1)} | ${f.again.seconds.toFixed(1)} | ${mb(f.first.baselineRssMb)} | ${mb(f.first.peakRssMb)} | ${mb(f.again.peakRssMb)} |`,
      ),
      '',
      `Load average (1 min) at the end: ${load.toFixed(2)} (the machine's cores are shared with other work).`,
    ].join('\n'),
  };
}
