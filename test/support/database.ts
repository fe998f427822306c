import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../services/store/migrate.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface WorldOptions {
  scale: number;
  seed?: number;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A fresh database for one test file, copied from a migrated template (and, with `world`, one
 * holding that generated world). Templates are keyed by a hash of the migrations and the
 * generator's sources, so a change to either builds a new one; builds are serialised across
 * workers by an advisory lock.
 */
export async function createTestDatabase(world?: WorldOptions): Promise<TestDatabase> {
  const admin = inject('adminDatabaseUrl');
  const template = await ensureTemplate(admin, world);
  const name = `cg_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  await withClient(admin, (c) => c.query(`create database ${name} template ${template}`));
  return {
    url: withDatabase(admin, name),
    drop: () => withClient(admin, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

async function ensureTemplate(admin: string, world?: WorldOptions): Promise<string> {
  // The generator's dates follow the shared calendar, so a change to it changes the world.
  const hash = sourceHash(
    world ? ['services/store/migrations', 'scripts/world', 'services/calendar.ts'] : ['services/store/migrations'],
  );
  const suffix = world ? `w${String(world.scale).replace('.', '_')}_${world.seed ?? 'd'}` : 'base';
  const name = `cg_tpl_${suffix}_${hash}`;
  return withClient(admin, async (c) => {
    await c.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      const exists = await c.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount) {
        await markUsed(c, name);
        return name;
      }
      const building = `${name}_building`;
      await c.query(`drop database if exists ${building} with (force)`);
      await c.query(`create database ${building}`);
      const url = withDatabase(admin, building);
      await migrate(url);
      if (world) {
        const { seedWorld } = await import('../../scripts/world/seed-world.js');
        await seedWorld(url, { scale: world.scale, seed: world.seed });
      }
      // Only a complete template gets its final name, so a killed build is never reused.
      await c.query(`alter database ${building} rename to ${name}`);
      await markUsed(c, name);
      await dropStaleTemplates(c, name.slice(0, name.lastIndexOf('_') + 1), name);
      return name;
    } finally {
      await c.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
}

/** A template's comment is the last time a test run used it. */
async function markUsed(c: pg.Client, name: string): Promise<void> {
  await c.query(`comment on database ${name} is '${new Date().toISOString()}'`);
}

/** Unused for this long, a template is taken to belong to sources nobody tests any more. */
const STALE_AFTER_MS = 24 * 3600_000;

/**
 * Templates of other sources go once nobody has used them for a day: each holds a whole world, but
 * another checkout or branch testing on the same server at this moment (a different hash) may be
 * copying its own right now, so only age, never mere difference, makes one stale (one without a
 * comment was made before templates recorded their use, and is left alone).
 */
async function dropStaleTemplates(c: pg.Client, prefix: string, keep: string): Promise<void> {
  const stale = await c.query<{ datname: string }>(
    `select datname from pg_database
      where starts_with(datname, $1) and datname <> $2 and datname not like '%\\_building'
        and shobj_description(oid, 'pg_database') < $3`,
    [prefix, keep, new Date(Date.now() - STALE_AFTER_MS).toISOString()],
  );
  for (const { datname } of stale.rows) await c.query(`drop database if exists ${datname} with (force)`);
}

function sourceHash(paths: string[]): string {
  const h = createHash('sha1');
  const walk = (p: string) => {
    if (!statSync(p).isDirectory()) {
      h.update(path.basename(p)).update(readFileSync(p));
      return;
    }
    for (const entry of readdirSync(p).sort()) walk(path.join(p, entry));
  };
  for (const p of paths) walk(path.join(root, p));
  return h.digest('hex').slice(0, 10);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
