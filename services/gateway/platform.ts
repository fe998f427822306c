import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { Exports } from '../../analytics/exports/exports.js';
import { ensureFirstAdminKey } from '../access/first-admin-key.js';
import type { Config } from '../config.js';
import { openDatabase } from '../store/database.js';
import { migrate } from '../store/migrate.js';
import { poolLimits } from '../store/orm.config.js';
import { initORM } from '../store/orm.js';
import { createGateway } from './gateway.js';
import { Metrics } from './metrics.js';

export interface PlatformOptions {
  /** Fills an empty database (the world generator); called after migrations when SEED_WHEN_EMPTY. */
  seedWhenEmpty?: (databaseUrl: string) => Promise<void>;
  log?: (line: string) => void;
  /** Also called after each committed mutation (a cluster worker passes it on to the others). */
  onCommitted?: () => void;
}

export interface Platform {
  url: string;
  databaseUrl: string;
  app: FastifyInstance;
  orm: MikroORM;
  analytics: AnalyticsEngine;
  exports: Exports;
  /** False when the embedded database died and could not be restarted. */
  healthy(): boolean;
  /** The file holding the admin key made on this first start; null when keys existed already. */
  adminKeyFile: string | null;
  stop(): Promise<void>;
}

/** Composition root: database, migrations, data, ORM, HTTP server, in that order; `stop` undoes them in reverse. */
export async function startPlatform(config: Config, options: PlatformOptions = {}): Promise<Platform> {
  const log = options.log ?? (() => {});
  const db = await openDatabase(config, { log });
  const cleanups: (() => Promise<void>)[] = [() => db.stop()];
  const stop = async () => {
    for (const c of cleanups.reverse()) await c().catch((e) => log(`shutdown: ${String(e)}`));
  };
  try {
    log(db.embedded ? 'embedded PostgreSQL started' : 'using DATABASE_URL');
    const applied = await migrate(db.url);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    const orm = await initORM(db.url, config.DB_POOL_MAX, poolLimits(config));
    cleanups.push(() => orm.close());
    if (config.SEED_WHEN_EMPTY && options.seedWhenEmpty && (await isEmpty(orm))) {
      log(`database is empty: loading the scale-${config.WORLD_SCALE} world`);
      await options.seedWhenEmpty(db.url);
    }
    await mkdir(config.DATA_DIR, { recursive: true });
    const adminKeyFile = await ensureFirstAdminKey(orm, path.join(config.DATA_DIR, 'admin.key'));
    const analytics = new AnalyticsEngine({
      databaseUrl: db.url,
      path: config.analyticsDbPath,
      debounceMs: config.ANALYTICS_SYNC_DEBOUNCE_MS,
      intervalMs: config.ANALYTICS_SYNC_INTERVAL_MS,
      statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
      log,
    });
    cleanups.push(() => analytics.close());
    // A failed first sync leaves the server live but not ready (unless a previous replica is on disk).
    await analytics.sync().catch((e) => log(`analytics sync failed: ${e instanceof Error ? e.message : String(e)}`));
    const metrics = new Metrics();
    metrics.watchPool(orm);
    metrics.watchReplica(analytics);
    // Stopped before the engine and the pool it uses: a run in progress finishes (or is retried later).
    const exports = await Exports.start({
      orm,
      engine: analytics,
      databaseUrl: db.url,
      config,
      work: config.EXPORT_WORKER,
      log,
    });
    cleanups.push(() => exports.stop());
    const app = await createGateway({
      orm,
      config,
      metrics,
      analytics,
      exports,
      onCommitted: () => {
        analytics.requestSync();
        options.onCommitted?.();
      },
      live: db.healthy,
      ready: async () => {
        const database = await orm.isConnected();
        const synced = analytics.status().ready;
        return { ready: database && synced, checks: { database, analytics: synced } };
      },
    });
    // Closing the server first lets in-flight requests finish before the pool goes away.
    cleanups.push(() => app.close());
    const url = await app.listen({ port: config.PORT, host: config.HOST });
    return { url, databaseUrl: db.url, app, orm, analytics, exports, healthy: db.healthy, adminKeyFile, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function isEmpty(orm: MikroORM): Promise<boolean> {
  const [row] = await orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from organisation');
  return row?.n === 0;
}
