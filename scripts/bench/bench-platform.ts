import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../services/config.js';
import { type Platform, startPlatform } from '../../services/gateway/platform.js';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { migrate } from '../../services/store/migrate.js';
import { seedWorld } from '../world/seed-world.js';

const DATABASE = 'cg_bench_gateway_s1';

/** The benches measure throughput with one credential: the per-minute budgets would cut them off. */
export const UNLIMITED_RATES = { RATE_LIMIT_PER_ADDRESS: '100000000', RATE_LIMIT_PER_CREDENTIAL: '100000000' };
const log = (line: string) => console.error(`bench: ${line}`);

/** The scale-1 world in `cg_bench_gateway_s1`, generated on first use and kept (drop it to regenerate). */
export async function benchDatabase(serverUrl: string): Promise<string> {
  const url = new URL(serverUrl);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (!exists.rowCount) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${DATABASE}`;
  const benchUrl = url.toString();
  await migrate(benchUrl);
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as n from organisation').finally(() => client.end());
  if (rows[0].n === 0) {
    log('generating the scale-1 world (kept for later runs)');
    await seedWorld(benchUrl, { scale: 1 });
  }
  return benchUrl;
}

/**
 * Runs `fn` against the platform (`startPlatform`, in this process) over the scale-1 bench world, on
 * DATABASE_URL's server or an embedded one, with a throw-away analytics replica; stops it all after.
 */
export async function withBenchPlatform<T>(name: string, fn: (platform: Platform) => Promise<T>): Promise<T> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const analyticsDir = await mkdtemp(path.join(tmpdir(), `civicgraph-bench-${name}-`));
  try {
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: await benchDatabase(server.url),
      PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      SEED_WHEN_EMPTY: 'false',
      ANALYTICS_DB_PATH: path.join(analyticsDir, 'analytics.duckdb'),
      ...UNLIMITED_RATES,
    });
    const platform = await startPlatform(config, { log: (line) => log(`${name}: ${line}`) });
    try {
      return await fn(platform);
    } finally {
      await platform.stop();
    }
  } finally {
    await server.stop();
    await rm(analyticsDir, { recursive: true, force: true });
  }
}
