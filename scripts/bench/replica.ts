import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { migrate } from '../../services/store/migrate.js';
import { worldDatabase } from './analytics.js';
import { median, percentile, warmSamples } from './samples.js';

export interface ReplicaScaleFigures {
  scale: number;
  fullSyncMs: number;
  /** Commit of a write → the replica answers with it, the server's way (requestSync, debounce, catch-up). */
  freshMedianMs: number;
  freshP95Ms: number;
  catchUpMedianMs: number;
  idleMedianMs: number;
  busyMedianMs: number;
  busyCatchUps: number;
  membersMedianMs: number;
  membersP95Ms: number;
  /** The stock by a personal dimension (education), as a caller granted personal data asks. */
  membersByEducationMedianMs: number;
  /** DuckDB's own accounting after the full sync: the file, and what it holds in memory. */
  duckdbFileMiB: number;
  duckdbMemoryMiB: number;
  rssMiB: number;
  loadStart: number;
  loadEnd: number;
}

const WRITES = 30;
const SAMPLES = 40;
/** Catch-ups that must land while the busy samples are taken. */
const BUSY_CATCH_UPS = 5;
/** The server's default quiet time between a commit and the catch-up it asks for. */
const DEBOUNCE_MS = 100;
const log = (line: string) => console.error(`bench replica: ${line}`);

const COMPARE = { metric: 'admissions', period: '2022-H1', groupBy: 'DISTRICT' } as const;
const MEMBERS = { metric: 'members', period: '2022-H1', groupBy: 'DISTRICT' } as const;
const MEMBERS_BY_EDUCATION = { metric: 'members', period: '2022-H1', breakdown: 'education', personal: true } as const;

/**
 * `npm run bench -- --only replica`: how the replica follows writes. For each scale: a full sync
 * (start-up, repair); commit→visible latency of single admissions (a person, a member and their
 * event) with the server's debounce; the analytics question idle and while a writer commits
 * admissions back to back (so catch-ups run one after another); the `members` stock by district.
 * Worlds live in databases `cg_bench_replica_s<scale>` of DATABASE_URL's server (or an embedded one),
 * generated on first use and kept; the admissions written land in 2031 and are removed afterwards.
 */
export async function benchReplica(
  scales: readonly number[] = (process.env.BENCH_REPLICA_SCALES ?? '1,10').split(',').map(Number),
): Promise<{ markdown: string; figures: ReplicaScaleFigures[] }> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-replica-'));
  try {
    const figures: ReplicaScaleFigures[] = [];
    for (const scale of scales) {
      const url = await worldDatabase(server.url, scale, 'cg_bench_replica');
      // A world kept from before change capture gets its migration (the world itself needs none).
      await migrate(url);
      figures.push(await benchScale(url, scale, dir));
    }
    return { markdown: markdown(figures), figures };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
}

async function benchScale(url: string, scale: number, dir: string): Promise<ReplicaScaleFigures> {
  const loadStart = loadavg()[0] ?? 0;
  const catchUps: number[] = [];
  const engine = new AnalyticsEngine({
    databaseUrl: url,
    path: path.join(dir, `s${scale}.duckdb`),
    ephemeral: true,
    debounceMs: DEBOUNCE_MS,
    log: (line) => {
      const ms = /caught up: .* in (\d+) ms/.exec(line)?.[1];
      if (ms) catchUps.push(Number(ms));
    },
  });
  const writer = new pg.Client({ connectionString: url });
  await writer.connect();
  try {
    await removeBenchWrites(writer);
    log(`scale ${scale}: full sync`);
    const started = performance.now();
    await engine.sync();
    const fullSyncMs = performance.now() - started;
    const [size] = await engine.read((q) => q('select database_size, memory_usage from pragma_database_size()'));
    const cell = await someCell(writer);

    log(`scale ${scale}: commit → visible x${WRITES}`);
    const fresh: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const member = await admit(writer, cell, i);
      const committed = performance.now();
      engine.requestSync();
      while (!(await visible(engine, member))) await sleep(2);
      fresh.push(performance.now() - committed);
    }
    const freshCatchUps = [...catchUps];

    log(`scale ${scale}: analytics idle x${SAMPLES}`);
    const idle = await warmSamples(() => engine.compare(COMPARE), SAMPLES);
    log(`scale ${scale}: analytics during catch-ups x${SAMPLES}`);
    catchUps.length = 0;
    let writing = true;
    const busyWriter = (async () => {
      for (let i = WRITES; writing; i++) {
        await admit(writer, cell, i);
        engine.requestSync();
        await sleep(DEBOUNCE_MS / 2);
      }
    })();
    const busy = await warmSamples(() => engine.compare(COMPARE), SAMPLES);
    // A question faster than a catch-up could finish its samples before one lands: go on until some have.
    while (catchUps.length < BUSY_CATCH_UPS && busy.length < SAMPLES * 100) {
      const started = performance.now();
      await engine.compare(COMPARE);
      busy.push(performance.now() - started);
    }
    writing = false;
    await busyWriter;
    const busyCatchUps = catchUps.length;
    log(`scale ${scale}: members by district x${SAMPLES}`);
    const members = await warmSamples(() => engine.compare(MEMBERS), SAMPLES);
    const byEducation = await warmSamples(() => engine.compare(MEMBERS_BY_EDUCATION), SAMPLES);
    return {
      scale,
      fullSyncMs,
      freshMedianMs: median(fresh),
      freshP95Ms: percentile(fresh, 0.95),
      catchUpMedianMs: median(freshCatchUps),
      idleMedianMs: median(idle),
      busyMedianMs: median(busy),
      busyCatchUps,
      membersMedianMs: median(members),
      membersP95Ms: percentile(members, 0.95),
      membersByEducationMedianMs: median(byEducation),
      duckdbFileMiB: mib(String(size?.database_size)),
      duckdbMemoryMiB: mib(String(size?.memory_usage)),
      rssMiB: process.memoryUsage().rss / 2 ** 20,
      loadStart,
      loadEnd: loadavg()[0] ?? 0,
    };
  } finally {
    await removeBenchWrites(writer).catch(() => {});
    await writer.end();
    await engine.close();
  }
}

/** An admission as the write service makes it: a person, a probationary member, the event; one transaction. */
async function admit(client: pg.Client, cell: number, i: number): Promise<number> {
  await client.query('begin');
  try {
    const person = await client.query<{ id: number }>(
      "insert into person (full_name, sex, birth_year, education) values ($1, 'female', 2000, 'university') returning id",
      [`Bench ${i}`],
    );
    const member = await client.query<{ id: number }>(
      `insert into member (person_id, cell_id, admitted_on, probation_ends_on, status)
       values ($1, $2, '2031-01-02', '2032-01-02', 'probationary') returning id`,
      [person.rows[0]?.id, cell],
    );
    const id = member.rows[0]?.id as number;
    await client.query(
      `insert into membership_event (member_id, kind, occurred_on, organisation_id) values ($1, 'admission', '2031-01-02', $2)`,
      [id, cell],
    );
    await client.query('commit');
    return id;
  } catch (e) {
    await client.query('rollback');
    throw e;
  }
}

async function removeBenchWrites(client: pg.Client): Promise<void> {
  await client.query(`delete from membership_event where occurred_on = '2031-01-02'`);
  await client.query(`delete from member where admitted_on = '2031-01-02'`);
  await client.query(`delete from person where full_name like 'Bench %' and id not in (select person_id from member)`);
}

async function someCell(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    "select id from organisation where kind = 'cell' and dissolved_on is null order by id limit 1",
  );
  return rows[0]?.id as number;
}

async function visible(engine: AnalyticsEngine, member: number): Promise<boolean> {
  const rows = await engine.read((q) => q('select 1 from member_spell where member_id = $1', [member]));
  return rows.length > 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** DuckDB's sizes ("161.0 MiB", "1.2 GiB") in MiB. */
function mib(size: string): number {
  const [, n, unit] = /([\d.]+)\s*(\w+)/.exec(size) ?? [];
  const scale: Record<string, number> = { bytes: 2 ** -20, KiB: 2 ** -10, MiB: 1, GiB: 2 ** 10 };
  return Number(n) * (scale[unit ?? ''] ?? Number.NaN);
}

function markdown(figures: readonly ReplicaScaleFigures[]): string {
  const ms = (n: number) => n.toFixed(1);
  return [
    '## Replica following writes (catch-up)',
    '',
    `Commit → visible: ${WRITES} admissions one at a time, each followed by \`requestSync()\` as a mutation's onCommitted does (debounce ${DEBOUNCE_MS} ms), until the replica answers with the member. Idle / busy: warm \`compare(admissions, 2022-H1, groupBy DISTRICT)\` (median of ${SAMPLES}), alone and while a writer commits an admission every ~${DEBOUNCE_MS / 2} ms (at least ${SAMPLES} samples, and until ${BUSY_CATCH_UPS} catch-ups have landed). Members: \`compare(members, 2022-H1, groupBy DISTRICT)\`, and with \`breakdown: education\`. Memory: DuckDB's \`pragma_database_size()\` after the full sync, and the bench process's RSS at the end.`,
    '',
    '| scale | full sync s | commit→visible median ms | p95 ms | catch-up median ms | compare idle ms | during catch-ups ms | busy / idle | catch-ups meanwhile | members by district median ms | p95 ms | members by education median ms | DuckDB file / memory MiB | RSS MiB | load avg start → end |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.scale} | ${(f.fullSyncMs / 1000).toFixed(2)} | ${ms(f.freshMedianMs)} | ${ms(f.freshP95Ms)} | ${ms(f.catchUpMedianMs)} | ${ms(f.idleMedianMs)} | ${ms(f.busyMedianMs)} | ${(f.busyMedianMs / f.idleMedianMs).toFixed(2)}× | ${f.busyCatchUps} | ${ms(f.membersMedianMs)} | ${ms(f.membersP95Ms)} | ${ms(f.membersByEducationMedianMs)} | ${f.duckdbFileMiB.toFixed(0)} / ${f.duckdbMemoryMiB.toFixed(0)} | ${f.rssMiB.toFixed(0)} | ${f.loadStart.toFixed(1)} → ${f.loadEnd.toFixed(1)} |`,
    ),
    '',
    'Targets: commit → visible < 1 s at scale 10; busy / idle ≤ 1.5×; members by district < 50 ms at scale 10, comparisons with groupBy < 50 ms at scale 12 (`BENCH_REPLICA_SCALES=10,12`).',
  ].join('\n');
}
