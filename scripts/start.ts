import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Config } from '../services/config.js';
import { loadConfig } from '../services/config.js';
import { shareCommits, startClusterPrimary } from '../services/gateway/cluster.js';
import { type Platform, startPlatform } from '../services/gateway/platform.js';
import { ownShutdownSignals } from '../services/store/embedded-postgres.js';
import { runCli } from './cli.js';
import { ensureWebBuild } from './web/ensure-web-build.js';
import { seedWorld } from './world/seed-world.js';

const worker = process.env.CIVICGRAPH_WORKER;
const log = (line: string) => console.log(`[civicgraph${worker ? ` w${worker}` : ''}] ${line}`);

async function seedWhenEmpty(config: Config, url: string): Promise<void> {
  const { rows, generateMs, loadMs } = await seedWorld(url, { scale: config.WORLD_SCALE, seed: config.WORLD_SEED });
  const total = Object.values(rows).reduce((s, n) => s + n, 0);
  log(
    `world loaded: ${total} rows, generated in ${(generateMs / 1000).toFixed(1)} s, written in ${(loadMs / 1000).toFixed(1)} s`,
  );
}

/** Runs until a signal, or until `lost()` says the database is gone for good; resolves with the reason. */
function untilStopped(lost: () => boolean): Promise<string> {
  return new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    setInterval(() => lost() && resolve('database lost'), 1000).unref();
  });
}

function printFirstKey(url: string, adminKeyFile: string | null): void {
  if (!adminKeyFile) return;
  log(`first start: an admin API key was written to ${adminKeyFile} (mode 0600; keep it secret). Try:`);
  console.log(
    `  curl -s ${url}/graphql -H "authorization: Bearer $(cat ${adminKeyFile})" \\\n` +
      `    -H 'content-type: application/json' -d '{"query":"{ organisation(code: \\"TU\\") { name } }"}'`,
  );
  console.log(`  or open ${url}/#key=$(cat ${adminKeyFile}) in a browser (the dashboard).`);
}

await runCli(async () => {
  const config = loadConfig();
  ownShutdownSignals();
  const started = Date.now();
  // A fresh clone has no built dashboard; a pull may have changed its sources. Otherwise this only hashes them.
  if (!worker) await ensureWebBuild({ log });
  if (cluster.isPrimary && config.WORKERS > 1) {
    // The primary owns the database and forks the gateway processes (services/gateway/cluster.ts).
    const primary = await startClusterPrimary(config, { log, seedWhenEmpty: (url) => seedWhenEmpty(config, url) });
    const { url } = primary;
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${config.WORKERS} workers, GraphQL ${url}/graphql`);
    printFirstKey(url, primary.adminKeyFile);
    log(`${await untilStopped(() => !primary.healthy())}: shutting down`);
    await primary.stop();
    log('stopped');
    if (!primary.healthy()) throw new Error('the embedded PostgreSQL died and could not be restarted');
    return;
  }
  let platform: Platform | undefined;
  const shared = worker ? shareCommits(() => platform?.analytics.requestSync()) : undefined;
  platform = await startPlatform(config, {
    log,
    onCommitted: shared?.onCommitted,
    seedWhenEmpty: (url) => seedWhenEmpty(config, url),
  });
  log(
    `ready in ${((Date.now() - started) / 1000).toFixed(1)} s: dashboard ${platform.url}/, GraphQL ${platform.url}/graphql`,
  );
  printFirstKey(platform.url, platform.adminKeyFile);
  // Runs until a signal: close the server (in-flight requests finish), then the pool and PostgreSQL.
  // A database that is gone for good ends the process too, with an error, so a supervisor replaces it.
  const healthy = platform.healthy;
  log(`${await untilStopped(() => !healthy())}: shutting down`);
  await platform.stop();
  log('stopped');
  if (!healthy()) throw new Error('the embedded PostgreSQL died and could not be restarted');
});
