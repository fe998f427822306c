import pg from 'pg';
import { DomainError } from '../../services/errors.js';
import { copyTables, type LoadProgress } from './bulk-load.js';
import { withIndexesDeferred } from './deferred-indexes.js';
import { DEFAULT_SEED, generateWorld } from './generate-world.js';

export interface SeedOptions {
  scale: number;
  seed?: number;
  /** Empty the world's tables first (in the same transaction) instead of refusing a database that holds data. */
  reset?: boolean;
  calibrationFile?: string;
  onProgress?: (progress: LoadProgress) => void;
}

export interface SeedResult {
  rows: Record<string, number>;
  generateMs: number;
  loadMs: number;
}

/**
 * Generates the world and writes it in one transaction: all of it or nothing. A database that
 * already holds data is refused unless `reset`. Ids come from the generator; the sequences are
 * moved past them and every table is analysed before the commit.
 */
export async function seedWorld(url: string, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const tables = generateWorld({
    scale: options.scale,
    seed: options.seed ?? DEFAULT_SEED,
    calibrationFile: options.calibrationFile,
  });
  const generated = Date.now();
  const names = tables.map((t) => t.name);
  const client = new pg.Client({ connectionString: url });
  // Failures reach the caller through the pending query; an idle client must not crash the process.
  client.on('error', () => {});
  await client.connect();
  const list = names.map((n) => `"${n}"`).join(', ');
  try {
    await client.query('begin');
    // Locked before looking, so two loaders cannot both find the database empty.
    await client.query(`lock table ${list} in access exclusive mode`);
    const held = await nonEmpty(client, names);
    if (held.length && !options.reset) {
      throw new DomainError(
        'DATABASE_NOT_EMPTY',
        `the database already holds data (${held.slice(0, 3).join(', ')}${held.length > 3 ? ' ...' : ''}); pass --reset to replace it with a generated world`,
        ['reset'],
      );
    }
    // Truncating in this transaction also lets COPY write frozen rows.
    await client.query(`truncate ${list} restart identity cascade`);
    // Millions of rows are not replica changes: every replica takes a full sync of the new world
    // (emptying the horizons sends each one there, and the old log means nothing any more).
    await client.query(`set local civicgraph.capture = 'off'`);
    await client.query('truncate replica.change');
    await client.query('delete from replica.horizon');
    const counts = await withIndexesDeferred(client, names, (rebuild) =>
      copyTables(client, tables, rebuild, options.onProgress),
    );
    for (const { name } of tables.filter((t) => t.columns[0] === 'id')) {
      await client.query(
        `select setval(pg_get_serial_sequence($1, 'id'), coalesce((select max(id) from "${name}"), 0) + 1, false)`,
        [name],
      );
    }
    // The register numbers people by id (scripts/world/people.ts); new people continue after them.
    await client.query(`select setval('person_code_seq', coalesce((select max(id) from person), 0) + 1, false)`);
    await client.query('commit');
    return { rows: counts, generateMs: generated - started, loadMs: Date.now() - generated };
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

async function nonEmpty(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const held: string[] = [];
  for (const t of tables) {
    const { rowCount } = await client.query(`select 1 from "${t}" limit 1`);
    if (rowCount) held.push(t);
  }
  return held;
}
