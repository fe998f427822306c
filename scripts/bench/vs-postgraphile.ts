import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { initORM } from '../../services/store/orm.js';
import { benchCredential } from './bench-credential.js';
import { benchDatabase, UNLIMITED_RATES } from './bench-platform.js';

const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => console.error(`bench vs-postgraphile: ${line}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Resident memory (MB) of `pid` and every process below it, by pid. */
async function rssOfTree(pid: number): Promise<Map<number, number>> {
  const { stdout } = await promisify(execFile)('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
  const rows = stdout
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [p, parent] of rows) if (tree.has(parent) && !tree.has(p)) grown = tree.add(p) !== undefined;
  }
  return new Map(rows.filter(([p]) => tree.has(p)).map(([p, , rss]) => [p, rss / 1024]));
}

/**
 * `npm run bench -- --only vs-postgraphile`: `npm start`'s server (WORKERS from BENCH_WORKERS,
 * default 2) on the scale-1 bench world, then scripts/bench/vs-postgraphile.sh beside PostGraphile
 * and the SQL floor (BENCH_SECONDS per cell, default 8; BENCH_ROUNDS, default 2), with the
 * resident memory of every server process. Statements per request are counted at the ORM by the
 * gateway bench and test/gateway/statement-count.test.ts (a count read from another process's
 * database statistics lags behind).
 */
export async function benchVsPostGraphile(): Promise<string> {
  const workers = process.env.BENCH_WORKERS ?? '2';
  const seconds = process.env.BENCH_SECONDS ?? '8';
  const rounds = process.env.BENCH_ROUNDS ?? '2';
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-vs-'));
  try {
    const databaseUrl = await benchDatabase(server.url);
    const orm = await initORM(databaseUrl, 1);
    const authorization = await benchCredential(orm, 'admin', '*').finally(() => orm.close());
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'scripts/start.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        PORT: String(port),
        WORKERS: workers,
        LOG_LEVEL: 'warn',
        SEED_WHEN_EMPTY: 'false',
        EXPORT_WORKER: 'false',
        ANALYTICS_SYNC_INTERVAL_MS: '0',
        ...UNLIMITED_RATES,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error('the server exited before it was ready');
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const peak = new Map<number, number>();
      const sample = async () => {
        for (const [pid, mb] of await rssOfTree(child.pid as number)) peak.set(pid, Math.max(peak.get(pid) ?? 0, mb));
      };
      const sampler = setInterval(() => void sample().catch(() => {}), 1000);
      const loadAtStart = os.loadavg()[0] ?? 0;
      log(`running vs-postgraphile.sh with ${workers} worker(s), ${seconds} s per cell, ${rounds} round(s)`);
      const { stdout } = await promisify(execFile)(
        path.join(root, 'scripts/bench/vs-postgraphile.sh'),
        [url, databaseUrl, seconds, rounds],
        { env: { ...process.env, OURS_AUTH: authorization.replace(/^Bearer /, '') }, maxBuffer: 16 * 2 ** 20 },
      );
      clearInterval(sampler);
      const loadAtEnd = os.loadavg()[0] ?? 0;
      const rss = [...peak].map(([pid, mb]) => `${pid === child.pid ? 'primary' : `pid ${pid}`} ${mb.toFixed(0)} MB`);
      return [
        '## Side by side with PostGraphile 4.14 and the SQL floor (scripts/bench/vs-postgraphile.sh)',
        '',
        `Our server: \`npm start\` with WORKERS=${workers} on the scale-1 bench world; ${seconds} s per cell, ${rounds} round(s),`,
        `interleaved. 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end (${os.cpus().length} cores).`,
        '',
        stdout.trim(),
        '',
        `Peak resident memory of our server's processes during the run: ${rss.join(', ')}.`,
      ].join('\n');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
