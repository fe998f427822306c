import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { REPLICA_SOURCES, sourceSelect } from '../../analytics/replica-sources.js';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { migrate } from '../../services/store/migrate.js';
import { seedWorld } from '../world/seed-world.js';
import { median, percentile, warmSamples } from './samples.js';

export interface AnalyticsScaleFigures {
  scale: number;
  rows: number;
  syncMs: number;
  syncRowsPerSecond: number;
  rawCopyMs: number;
  rawCopyRowsPerSecond: number;
  compareMedianMs: number;
  compareP95Ms: number;
  postgresMedianMs: number;
}

const SAMPLES = 40;
const SYNCS = 3;
const log = (line: string) => console.error(`bench analytics: ${line}`);

/** The benchmarked question: admissions in 2022-H1 against 2021-H1, by district, with ranks. */
const QUESTION = { metric: 'admissions', period: '2022-H1', groupBy: 'DISTRICT' } as const;

/**
 * The same question asked of PostgreSQL as plain SQL: both periods, split by the district committee
 * on each cell's path (what is not under one falls in the null row), in the Thành ủy's subtree.
 */
const POSTGRES_QUESTION = `
  select d.id, count(*) filter (where e.occurred_on between '2022-01-01' and '2022-06-30') as value,
         count(*) filter (where e.occurred_on between '2021-01-01' and '2021-06-30') as base
  from membership_event e
  join organisation o on o.id = e.organisation_id
  left join organisation d on d.id = o.path[2] and d.kind = 'district_committee'
  where e.kind = 'admission' and e.occurred_on between '2021-01-01' and '2022-06-30'
    and o.path @> array[(select id from organisation where code = 'TU')]
  group by d.id`;

/**
 * `npm run bench -- --only analytics`: for each scale, a full sync beside a raw COPY TO STDOUT of
 * the same tables, and the warm compare-by-district beside the same question in PostgreSQL.
 * Worlds live in databases `cg_bench_analytics_s<scale>` on DATABASE_URL's server (or an embedded one under
 * .data/bench-postgres), generated on first use and kept: drop them to regenerate.
 */
export async function benchAnalytics(
  scales: readonly number[] = [1, 10],
): Promise<{ markdown: string; figures: AnalyticsScaleFigures[] }> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-analytics-'));
  try {
    const figures: AnalyticsScaleFigures[] = [];
    // The machine may be shared: its load says how far the figures can be trusted.
    const load = loadavg()[0] ?? 0;
    for (const scale of scales) figures.push(await benchScale(await worldDatabase(server.url, scale), scale, dir));
    return { markdown: markdown(figures, load), figures };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
}

async function benchScale(url: string, scale: number, dir: string): Promise<AnalyticsScaleFigures> {
  const engine = new AnalyticsEngine({ databaseUrl: url, path: path.join(dir, `s${scale}.duckdb`) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    log(`scale ${scale}: sync x${SYNCS}`);
    const syncs: number[] = [];
    let rows = 0;
    for (let i = 0; i < SYNCS; i++) {
      const started = performance.now();
      rows = (await engine.sync()).rows;
      syncs.push(performance.now() - started);
    }
    log(`scale ${scale}: raw COPY x${SYNCS}`);
    const copies: number[] = [];
    for (let i = 0; i < SYNCS; i++) copies.push(await rawCopy(client));
    log(`scale ${scale}: compare x${SAMPLES}, PostgreSQL x${SAMPLES}`);
    const compares = await warmSamples(() => engine.compare(QUESTION), SAMPLES);
    const postgres = await warmSamples(() => client.query(POSTGRES_QUESTION), SAMPLES);
    const syncMs = median(syncs);
    const rawCopyMs = median(copies);
    return {
      scale,
      rows,
      syncMs,
      syncRowsPerSecond: (rows / syncMs) * 1000,
      rawCopyMs,
      rawCopyRowsPerSecond: (rows / rawCopyMs) * 1000,
      compareMedianMs: median(compares),
      compareP95Ms: percentile(compares, 0.95),
      postgresMedianMs: median(postgres),
    };
  } finally {
    await client.end();
    await engine.close();
  }
}

/** Every replica source copied out of PostgreSQL in one session, the bytes thrown away. */
async function rawCopy(client: pg.Client): Promise<number> {
  const started = performance.now();
  for (const source of REPLICA_SOURCES) {
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    await pipeline(client.query(copyTo(`copy (${sourceSelect(source)}) to stdout with (format csv)`)), sink);
  }
  return performance.now() - started;
}

/** The scale's world in its own database (`<prefix>_s<scale>`), generated (minutes at scale 10) only when missing. */
export async function worldDatabase(serverUrl: string, scale: number, prefix = 'cg_bench_analytics'): Promise<string> {
  const name = `${prefix}_s${String(scale).replace('.', '_')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) {
      // A world kept from an earlier run follows the schema of this checkout (new tables, the change log).
      await migrate(url.toString());
      return url.toString();
    }
    log(`scale ${scale}: generating the world into ${name} (kept for later runs)`);
    const building = `${name}_building`;
    await admin.query(`drop database if exists ${building}`);
    await admin.query(`create database ${building}`);
    const buildingUrl = new URL(serverUrl);
    buildingUrl.pathname = `/${building}`;
    await migrate(buildingUrl.toString());
    await seedWorld(buildingUrl.toString(), { scale });
    // Only a complete world gets the name later runs look for.
    await admin.query(`alter database ${building} rename to ${name}`);
    return url.toString();
  } finally {
    await admin.end();
  }
}

function markdown(figures: readonly AnalyticsScaleFigures[], load: number): string {
  const ms = (n: number) => n.toFixed(1);
  const rate = (n: number) => `${(n / 1e6).toFixed(2)} M`;
  return [
    '## Analytics (DuckDB replica)',
    '',
    `Warm \`compare(metric: "admissions", period: "2022-H1", groupBy: DISTRICT)\` through the engine (median and p95 of ${SAMPLES}), beside the same question as one SQL statement on PostgreSQL (median); full sync (median of ${SYNCS}) beside a raw single-session \`COPY TO STDOUT\` of the same columns.`,
    '',
    '| scale | compare median ms | compare p95 ms | PostgreSQL median ms | DuckDB speed-up | rows synced | sync s | sync rows/s | raw COPY s | raw COPY rows/s | sync / COPY rate |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.scale} | ${ms(f.compareMedianMs)} | ${ms(f.compareP95Ms)} | ${ms(f.postgresMedianMs)} | ${(f.postgresMedianMs / f.compareMedianMs).toFixed(1)}× | ${f.rows.toLocaleString('en')} | ${(f.syncMs / 1000).toFixed(2)} | ${rate(f.syncRowsPerSecond)} | ${(f.rawCopyMs / 1000).toFixed(2)} | ${rate(f.rawCopyRowsPerSecond)} | ${(f.syncRowsPerSecond / f.rawCopyRowsPerSecond).toFixed(2)} |`,
    ),
    '',
    `Load average (1 min) when the run started: ${load.toFixed(1)}. Targets: compare < 20 ms at scale 1 and < 100 ms at scale 10, there ≥ 10× faster than PostgreSQL; sync ≥ 0.5 of the raw COPY rate and < 5 s at scale 1.`,
  ].join('\n');
}
