import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { buildTable } from '../../analytics/exports/build-table.js';
import { checkSpec } from '../../analytics/exports/check-spec.js';
import { produceExport } from '../../analytics/exports/produce-export.js';
import { resolvePeriod } from '../../analytics/relative-period.js';
import type { ExportFormat } from '../../services/exports/export-formats.js';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { worldDatabase } from './analytics.js';

const log = (line: string) => console.error(`bench exports: ${line}`);
const RUNS = 3;

const TWELVE = [
  'admissions',
  'full_memberships',
  'exits',
  'transfers_in',
  'transfers_out',
  'members',
  'grassroots_orgs',
  'party_cells',
  'non_state_enterprise_orgs',
  'inspected_orgs',
  'supervised_orgs',
  'disciplined_members',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Peak resident memory above the level at the start, sampled while `fn` runs. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  global.gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growthMb: (peak - start) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const t = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - t };
}

async function exportOnce(engine: AnalyticsEngine, dir: string, raw: unknown, period: string, formats: ExportFormat[]) {
  const spec = await checkSpec(raw, ['spec']);
  const resolvedAt = new Date();
  return produceExport(engine, dir, {
    runId: null,
    spec,
    period: resolvePeriod(period, resolvedAt),
    periodText: period,
    resolvedAt,
    formats,
    csvBom: false,
  });
}

/**
 * `npm run bench -- --only exports`: an XLSX of twelve metrics by district at scale 1 (target
 * under 1 s), and the Parquet extract of every membership event at scale 10 beside DuckDB's own
 * COPY of the same SELECT from the replica (target within 1.5×), with the process's memory growth
 * (target under 200 MB). Worlds are the analytics bench's databases.
 */
export async function benchExports(): Promise<{ markdown: string }> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-exports-'));
  const load = loadavg()[0] ?? 0;
  try {
    log('scale 1: XLSX of twelve metrics by district');
    const s1 = new AnalyticsEngine({
      databaseUrl: await worldDatabase(server.url, 1),
      path: path.join(dir, 's1.duckdb'),
      intervalMs: 0,
    });
    const twelve = {
      title: 'Mười hai chỉ tiêu theo quận, huyện',
      tables: TWELVE.map((metric) => ({ name: metric, question: 'compare', metric, groupBy: 'DISTRICT' })),
    };
    let xlsxMs: number[] = [];
    let xlsxBytes = 0;
    try {
      await s1.sync();
      await exportOnce(s1, path.join(dir, 'warm'), twelve, '2022-H1', ['xlsx']);
      for (let i = 0; i < RUNS; i++) {
        const { result, ms } = await timed(() => exportOnce(s1, path.join(dir, `x${i}`), twelve, '2022-H1', ['xlsx']));
        xlsxMs.push(ms);
        xlsxBytes = result.files[0]?.bytes ?? 0;
      }
    } finally {
      await s1.close();
    }
    xlsxMs = xlsxMs.sort((a, b) => a - b);

    log('scale 10: sync, then the Parquet extract of every membership event');
    const s10 = new AnalyticsEngine({
      databaseUrl: await worldDatabase(server.url, 10),
      path: path.join(dir, 's10.duckdb'),
      intervalMs: 0,
    });
    const all = {
      title: 'Biến động đảng viên',
      tables: [{ name: 'events', question: 'dataset', dataset: 'membership_events' }],
    };
    const ours: number[] = [];
    const copies: number[] = [];
    const bare: number[] = [];
    let rows = 0;
    let growthMb = 0;
    try {
      await s10.sync();
      const period = resolvePeriod('1900-01..2100-12', new Date());
      const select = await s10.read(
        async (query) => (await buildTable(query, all.tables[0] as never, period, ['spec'])).select,
      );
      for (let i = 0; i < RUNS; i++) {
        // Interleaved, so load from other work hits both alike.
        const copy = await timed(() =>
          s10.read((q) =>
            q(`copy (${select?.sql}) to '${path.join(dir, `copy${i}.parquet`)}' (format parquet, compression zstd)`),
          ),
        );
        copies.push(copy.ms);
        const plain = await timed(() =>
          s10.read((q) =>
            q(
              `copy membership_event_fact to '${path.join(dir, `bare${i}.parquet`)}' (format parquet, compression zstd)`,
            ),
          ),
        );
        bare.push(plain.ms);
        const measured = await withPeakRss(() =>
          timed(() => exportOnce(s10, path.join(dir, `p${i}`), all, '1900-01..2100-12', ['parquet'])),
        );
        ours.push(measured.result.ms);
        rows = measured.result.result.files[0]?.rows ?? 0;
        growthMb = Math.max(growthMb, measured.growthMb);
      }
    } finally {
      await s10.close();
    }
    const ratio = median(ours) / median(copies);
    return {
      markdown: [
        '## Exports',
        '',
        `1-minute load average at the start: ${load.toFixed(1)}. Median of ${RUNS} runs after a warm-up; replicas synced first.`,
        '',
        '| export | median ms | min ms | detail |',
        '|---|---|---|---|',
        `| XLSX, twelve metrics by district, 2022-H1, scale 1 | ${median(xlsxMs).toFixed(0)} (target 1000) | ${xlsxMs[0]?.toFixed(0)} | ${xlsxBytes} bytes, 12 sheets |`,
        `| Parquet extract of every membership event, scale 10 (ours: count, write, fsync, sha256, manifest) | ${median(ours).toFixed(0)} | ${Math.min(...ours).toFixed(0)} | ${rows} rows |`,
        `| DuckDB's own COPY of the same SELECT to Parquet | ${median(copies).toFixed(0)} | ${Math.min(...copies).toFixed(0)} | ours ÷ COPY = **${ratio.toFixed(2)}×** (target 1.5×) |`,
        `| DuckDB's COPY of the bare fact table (no path, no district) | ${median(bare).toFixed(0)} | ${Math.min(...bare).toFixed(0)} | for scale |`,
        '',
        `Memory growth of the process during the scale-10 extract (peak RSS above the start): **${growthMb.toFixed(0)} MB** (target 200).`,
      ].join('\n'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
}
