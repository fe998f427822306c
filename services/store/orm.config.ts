import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations.js';

const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

/** How long a pooled connection may be waited for, and how long one statement may run (unset: no limit). */
export interface PoolLimits {
  acquireTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** The gateway's limits, from its configuration. */
export function poolLimits(config: Config): PoolLimits {
  return { acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS };
}

/** MikroORM options for a given connection URL; the one place that knows entities and migrations. */
export function ormConfig(clientUrl: string, poolMax = 10, limits: PoolLimits = {}): Options {
  // JIT compiling costs 100-250 ms on the gateway's batched lateral statements, which then run in a few ms.
  const settings = ['-c jit=off'];
  if (limits.statementTimeoutMs) {
    // A transaction left open by a stuck client must not hold locks and a connection forever either.
    settings.push(`-c statement_timeout=${limits.statementTimeoutMs}`);
    settings.push(`-c idle_in_transaction_session_timeout=${limits.statementTimeoutMs * 2}`);
  }
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax, acquireTimeoutMillis: limits.acquireTimeoutMs ?? 60_000 },
    driverOptions: { connection: { options: settings.join(' ') } },
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
    // The replica's change log and horizons (schema `replica`) belong to no entity: diffs leave them alone.
    schemaGenerator: { ignoreSchema: ['replica'] },
    discovery: { warnWhenNoEntities: true },
  });
}
