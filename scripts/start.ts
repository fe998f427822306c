import 'reflect-metadata';
import { type Config, ConfigError, loadConfig } from '../services/config.js';
import { startPlatform } from '../services/gateway/platform.js';
import { DataDirectoryInUseError } from '../services/store/embedded-postgres.js';
import { seedWorld } from './world/seed-world.js';

const log = (line: string) => console.log(`[civicgraph] ${line}`);

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}

try {
  const started = Date.now();
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
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${platform.url}/graphql`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await platform.stop();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (e) {
  if (e instanceof DataDirectoryInUseError) {
    console.error(e.message);
    process.exit(3);
  }
  throw e;
}
