import cluster, { type Worker } from 'node:cluster';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureFirstAdminKey } from '../access/first-admin-key.js';
import type { Config } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../store/database.js';
import { migrate } from '../store/migrate.js';
import { initORM } from '../store/orm.js';
import type { PlatformOptions } from './platform.js';

/** What a worker tells the primary, and the primary every other worker: a mutation committed. */
const COMMITTED = 'civicgraph:committed';

export interface ClusterPrimary {
  /** Where the workers listen (PORT=0 picks a free port for all of them). */
  url: string;
  databaseUrl: string;
  adminKeyFile: string | null;
  /** False when the embedded database died and could not be restarted. */
  healthy(): boolean;
  stop(): Promise<void>;
}

/**
 * The replica file of worker `n`: each worker keeps its own DuckDB replica (one DuckDB file takes
 * one writing process), next to the configured one: `analytics.duckdb` → `analytics-w2.duckdb`.
 */
export function workerReplicaPath(configured: string, n: number): string {
  const ext = path.extname(configured);
  return path.join(path.dirname(configured), `${path.basename(configured, ext)}-w${n}${ext}`);
}

/**
 * `npm start` with WORKERS > 1, in the primary process: it owns the database (the embedded server's
 * life, migrations, the world, the first admin key), then forks WORKERS gateway processes that share
 * the HTTP port (node:cluster hands connections round-robin). Each worker serves GraphQL with its
 * own pool and analytics replica; exports run in the first one only. A committed mutation is
 * passed on to every worker, so all replicas re-sync; a worker that dies is replaced.
 */
export async function startClusterPrimary(config: Config, options: PlatformOptions = {}): Promise<ClusterPrimary> {
  const log = options.log ?? (() => {});
  const db = await openDatabase(config, { log });
  try {
    const adminKeyFile = await prepare(config, db, options);
    let stopping = false;
    const fork = (n: number): Worker => {
      const worker = cluster.fork({
        DATABASE_URL: db.url,
        SEED_WHEN_EMPTY: 'false',
        ANALYTICS_DB_PATH: workerReplicaPath(config.analyticsDbPath, n),
        EXPORT_WORKER: n === 1 ? String(config.EXPORT_WORKER) : 'false',
        CIVICGRAPH_WORKER: String(n),
      });
      worker.on('message', (message) => {
        if (message !== COMMITTED) return;
        for (const other of Object.values(cluster.workers ?? {})) if (other !== worker) other?.send(COMMITTED);
      });
      worker.on('exit', (code, signal) => {
        if (stopping) return;
        log(`worker ${n} exited (${signal ?? code}): starting another`);
        fork(n);
      });
      return worker;
    };
    const workers = Array.from({ length: config.WORKERS }, (_, i) => fork(i + 1));
    const [address] = await Promise.all(
      workers.map((w) => new Promise<{ address: string; port: number }>((resolve) => w.once('listening', resolve))),
    );
    return {
      url: `http://${config.HOST}:${address?.port}`,
      databaseUrl: db.url,
      adminKeyFile,
      healthy: db.healthy,
      stop: async () => {
        stopping = true;
        const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
        await Promise.all(
          alive.map((w) => {
            const exited = new Promise((resolve) => w.once('exit', resolve));
            w.process.kill('SIGTERM');
            return exited;
          }),
        );
        await db.stop();
      },
    };
  } catch (e) {
    await db.stop();
    throw e;
  }
}

/** Migrations, the world when the database is empty, the first admin key: once, before any worker starts. */
async function prepare(config: Config, db: DatabaseHandle, options: PlatformOptions): Promise<string | null> {
  const applied = await migrate(db.url);
  if (applied.length) options.log?.(`migrations applied: ${applied.join(', ')}`);
  const orm = await initORM(db.url, 1);
  try {
    const [row] = await orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from organisation');
    if (config.SEED_WHEN_EMPTY && options.seedWhenEmpty && row?.n === 0) {
      options.log?.(`database is empty: loading the scale-${config.WORLD_SCALE} world`);
      await options.seedWhenEmpty(db.url);
    }
    await mkdir(config.DATA_DIR, { recursive: true });
    return await ensureFirstAdminKey(orm, path.join(config.DATA_DIR, 'admin.key'));
  } finally {
    await orm.close();
  }
}

/**
 * In a worker: tells the primary about each commit (so the other workers' replicas re-sync) and
 * re-syncs its own replica when another worker committed.
 */
export function shareCommits(requestSync: () => void): { onCommitted: () => void } {
  process.on('message', (message) => {
    if (message === COMMITTED) requestSync();
  });
  return { onCommitted: () => process.send?.(COMMITTED) };
}
