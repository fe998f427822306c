import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations.js';

const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

/** MikroORM options for a given connection URL; the one place that knows entities and migrations. */
export function ormConfig(clientUrl: string, poolMax = 10): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    // JIT compiling costs 100-250 ms on the gateway's batched lateral statements, which then run in a few ms.
    driverOptions: { connection: { options: '-c jit=off' } },
    debug: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      // Callers report what was applied in one line; the per-migration log lines are noise in start-up output.
      silent: true,
    },
    discovery: { warnWhenNoEntities: true },
  });
}
