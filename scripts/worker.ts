import 'reflect-metadata';
import { AnalyticsEngine } from '../analytics/engine.js';
import { Exports } from '../analytics/exports/exports.js';
import { loadConfig } from '../services/config.js';
import { openDatabase } from '../services/store/database.js';
import { ownShutdownSignals } from '../services/store/embedded-postgres.js';
import { migrate } from '../services/store/migrate.js';
import { initORM } from '../services/store/orm.js';
import { runCli } from './cli.js';

const log = (line: string) => console.log(`[civicgraph worker] ${line}`);

// Export workers alone (no HTTP), for deployments that run them apart from the gateway. Beside
// `npm start` on one checkout, give it its own ANALYTICS_DB_PATH: a DuckDB file has one owner.
await runCli(async () => {
  const config = loadConfig();
  ownShutdownSignals();
  const db = await openDatabase(config, { attach: true, log });
  const stops: (() => Promise<void>)[] = [() => db.stop()];
  try {
    await migrate(db.url);
    const orm = await initORM(db.url, 4);
    stops.push(() => orm.close());
    const engine = new AnalyticsEngine({
      databaseUrl: db.url,
      path: config.analyticsDbPath,
      intervalMs: config.ANALYTICS_SYNC_INTERVAL_MS,
      log,
    });
    stops.push(() => engine.close());
    await engine.sync().catch((e) => log(`analytics sync failed: ${e instanceof Error ? e.message : String(e)}`));
    const exports = await Exports.start({ orm, engine, databaseUrl: db.url, config, work: true, log });
    stops.push(() => exports.stop());
    log('taking export jobs');
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    log(`${signal}: stopping`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch((e) => log(`shutdown: ${String(e)}`));
  }
  log('stopped');
});
