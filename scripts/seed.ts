import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../services/config.js';
import { openDatabase } from '../services/store/database.js';
import { migrate } from '../services/store/migrate.js';
import { runCli } from './cli.js';
import type { LoadProgress } from './world/bulk-load.js';
import { seedWorld } from './world/seed-world.js';

const USAGE = `usage: npm run db:seed -- [--scale S] [--seed N] [--reset]
  --scale S   size of the world: 1 = Hà Nội (default WORLD_SCALE), 0.01 for a quick one, up to 20
  --seed N    random seed, a whole number (default WORLD_SEED); the same seed gives the same world
  --reset     replace the data of a database that already holds some (otherwise it is refused)`;

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function options(config: ReturnType<typeof loadConfig>) {
  let values: { scale?: string; seed?: string; reset?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        scale: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return usage((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = values.scale === undefined ? config.WORLD_SCALE : Number(values.scale);
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 20))
    usage(`--scale must be a number in (0, 20], got "${values.scale}"`);
  const seed = values.seed === undefined ? config.WORLD_SEED : Number(values.seed);
  if (!(Number.isInteger(seed) && seed >= 0)) usage(`--seed must be a whole number, got "${values.seed}"`);
  return { scale, seed, reset: values.reset ?? false };
}

/** A bar per table on a terminal; one line per finished table otherwise (logs, CI). */
function progressReporter(): { update(p: LoadProgress): void; stop(): void } {
  if (process.stdout.isTTY) {
    const bar = new SingleBar({ format: '{table} |{bar}| {percentage}% {value}/{total} rows', hideCursor: true });
    let started = false;
    return {
      update: (p) => {
        if (!started) bar.start(p.total, 0, { table: p.table.padEnd(26) });
        started = true;
        bar.update(p.rows, { table: p.table.padEnd(26) });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    update: (p) => {
      if (p.tableRows === p.tableTotal) console.log(`${p.table}: ${p.tableRows} rows (${p.rows}/${p.total})`);
    },
    stop: () => {},
  };
}

await runCli(async () => {
  const config = loadConfig();
  const { scale, seed, reset } = options(config);
  const db = await openDatabase(config, { attach: true });
  const progress = progressReporter();
  try {
    await migrate(db.url);
    console.log(`generating the scale-${scale} world (seed ${seed})${reset ? ', replacing the current data' : ''}`);
    const result = await seedWorld(db.url, { scale, seed, reset, onProgress: (p) => progress.update(p) });
    progress.stop();
    const total = Object.values(result.rows).reduce((s, n) => s + n, 0);
    console.log(
      `loaded ${total} rows in one transaction: generated in ${(result.generateMs / 1000).toFixed(1)} s, written in ${(result.loadMs / 1000).toFixed(1)} s`,
    );
  } finally {
    progress.stop();
    await db.stop();
  }
});
