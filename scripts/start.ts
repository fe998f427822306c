import 'reflect-metadata';
import { loadConfig } from '../services/config.js';
import { startPlatform } from '../services/gateway/platform.js';
import { ownShutdownSignals } from '../services/store/embedded-postgres.js';
import { runCli } from './cli.js';
import { ensureWebBuild } from './web/ensure-web-build.js';
import { seedWorld } from './world/seed-world.js';

const log = (line: string) => console.log(`[civicgraph] ${line}`);

await runCli(async () => {
  const config = loadConfig();
  ownShutdownSignals();
  const started = Date.now();
  // A fresh clone has no built dashboard; a pull may have changed its sources. Otherwise this only hashes them.
  await ensureWebBuild({ log });
  const platform = await startPlatform(config, {
    log,
    seedWhenEmpty: async (url) => {
      const { rows, generateMs, loadMs } = await seedWorld(url, { scale: config.WORLD_SCALE, seed: config.WORLD_SEED });
      const total = Object.values(rows).reduce((s, n) => s + n, 0);
      log(
        `world loaded: ${total} rows, generated in ${(generateMs / 1000).toFixed(1)} s, written in ${(loadMs / 1000).toFixed(1)} s`,
      );
    },
  });
  log(
    `ready in ${((Date.now() - started) / 1000).toFixed(1)} s: dashboard ${platform.url}/, GraphQL ${platform.url}/graphql`,
  );
  if (platform.adminKeyFile) {
    log(`first start: an admin API key was written to ${platform.adminKeyFile} (mode 0600; keep it secret). Try:`);
    console.log(
      `  curl -s ${platform.url}/graphql -H "authorization: Bearer $(cat ${platform.adminKeyFile})" \\\n` +
        `    -H 'content-type: application/json' -d '{"query":"{ organisation(code: \\"TU\\") { name } }"}'`,
    );
    console.log(`  or open ${platform.url}/#key=$(cat ${platform.adminKeyFile}) in a browser (the dashboard).`);
  }
  // Runs until a signal: close the server (in-flight requests finish), then the pool and PostgreSQL.
  // A database that is gone for good ends the process too, with an error, so a supervisor replaces it.
  const reason = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    setInterval(() => platform.healthy() || resolve('database lost'), 1000).unref();
  });
  log(`${reason}: shutting down`);
  await platform.stop();
  log('stopped');
  if (!platform.healthy()) throw new Error('the embedded PostgreSQL died and could not be restarted');
});
