import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/world/generate-world.js';
import { seedWorld } from '../../scripts/world/seed-world.js';
import { DomainError } from '../../services/errors.js';
import { useDatabase } from '../support/use-database.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('seedWorld writes the world in one transaction', () => {
  const fx = useDatabase();
  const scalar = async (sql: string) => (await fx.sql.query(sql)).rows[0] as Record<string, unknown>;
  const snapshot = () =>
    scalar(`select (select count(*) from organisation)::int as orgs, (select count(*) from membership_event)::int as events,
      (select full_name from person where id = 100) as person`);

  it('loads every generated row and moves the id sequences past them', async () => {
    const result = await seedWorld(fx.db.url, { scale: 0.01, seed: 1 });
    const expected = Object.fromEntries(generateWorld({ scale: 0.01, seed: 1 }).map((t) => [t.name, t.rowCount]));
    expect(result.rows).toEqual(expected);
    for (const [table, n] of Object.entries(expected)) {
      expect((await scalar(`select count(*)::int as n from "${table}"`)).n, table).toBe(n);
    }
    const next = await scalar(
      `insert into organisation (code, name, kind, branch, founded_on) values ('NEW', 'Mới', 'cell', 'party', '2024-01-01') returning id`,
    );
    expect(next.id).toBe(expected.organisation + 1);
    await fx.sql.query(`delete from organisation where code = 'NEW'`);
  });

  it('builds each organisation path from its parents', async () => {
    const bad = await scalar(`select count(*)::int as n from organisation c join organisation p on p.id = c.parent_id
      where c.path <> p.path || c.id`);
    expect(bad.n).toBe(0);
  });

  it('refuses a database that already holds data, and leaves it as it was', async () => {
    const before = await snapshot();
    const error = await seedWorld(fx.db.url, { scale: 0.01, seed: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('DATABASE_NOT_EMPTY');
    expect((error as DomainError).message).toMatch(/--reset/);
    expect(await snapshot()).toEqual(before);
  });

  it('is all or nothing: a table that refuses its rows rolls the whole reset back', async () => {
    const before = await snapshot();
    await fx.sql.query(
      `alter table inspection add constraint refuse_everything check (occurred_on < '1900-01-01') not valid`,
    );
    try {
      await expect(seedWorld(fx.db.url, { scale: 0.01, seed: 2, reset: true })).rejects.toThrow(/refuse_everything/);
    } finally {
      await fx.sql.query('alter table inspection drop constraint refuse_everything');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('replaces the data with reset', async () => {
    const before = await snapshot();
    await seedWorld(fx.db.url, { scale: 0.01, seed: 2, reset: true });
    const after = await snapshot();
    expect(after.person).not.toBe(before.person);
    await seedWorld(fx.db.url, { scale: 0.01, seed: 1, reset: true });
    expect(await snapshot()).toEqual(before);
  });
});

describe('npm run db:seed', () => {
  const fx = useDatabase();
  const seed = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: fx.db.url, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });

  it.each([
    [['--scale', 'abc'], /--scale must be a number/],
    [['--seed', '1.5'], /--seed must be a whole number/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('answers bad flags %j with the usage', (args, message) => {
    const run = seed(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run db:seed -- \[--scale S\] \[--seed N\] \[--reset\]/);
  });

  it('loads a world with plain progress lines off a terminal, then refuses a second load without --reset', () => {
    const first = seed('--scale', '0.01');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^person: \d+ rows/m);
    expect(first.stdout).toMatch(/loaded \d+ rows in one transaction/);
    const second = seed('--scale', '0.01');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/DATABASE_NOT_EMPTY/);
    expect(seed('--scale', '0.01', '--reset').status).toBe(0);
  });
});
