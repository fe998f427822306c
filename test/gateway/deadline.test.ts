import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../support/use-database.js';
import { useGateway } from './support/use-gateway.js';

const MEMBERS = '{ members(first: 5) { nodes { admittedOn } } }';
const ORGANISATION = '{ organisation(code: "TU") { name } }';

/** Holds an exclusive lock on `table` so that statements reading it wait inside PostgreSQL until released. */
async function lock(fx: DatabaseHandle, table: string): Promise<() => Promise<void>> {
  const locker = new pg.Client({ connectionString: fx.db.url });
  await locker.connect();
  await locker.query('begin');
  await locker.query(`lock table ${table} in access exclusive mode`);
  return async () => {
    await locker.query('commit');
    await locker.end();
  };
}

/** Statements of the gateway still waiting in PostgreSQL (a cancelled one is gone). */
async function waiting(fx: DatabaseHandle): Promise<number> {
  const { rows } = await fx.sql.query(
    `select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
  );
  return rows[0].n;
}

describe('a statement that runs too long is cancelled: STATEMENT_TIMEOUT', () => {
  const fx = useGateway({ env: { STATEMENT_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '60000' } });
  let release: (() => Promise<void>) | undefined;
  afterEach(() => release?.());

  it('answers with the code and frees the connection', async () => {
    release = await lock(fx, 'member');
    const reply = await fx.gw.ask(MEMBERS);
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'STATEMENT_TIMEOUT', field: null });
    expect(JSON.stringify(reply)).not.toMatch(/select|member t/i);
    expect(await waiting(fx)).toBe(0);
  });
});

describe('a request past its deadline is stopped: DEADLINE_EXCEEDED', () => {
  const fx = useGateway({ env: { STATEMENT_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '300' } });
  let release: (() => Promise<void>) | undefined;
  afterEach(() => release?.());

  it('cancels the statement it was waiting for in PostgreSQL', async () => {
    release = await lock(fx, 'member');
    const reply = await fx.gw.ask(MEMBERS);
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    expect(await waiting(fx)).toBe(0);
  });
});

describe('expensive requests have a budget of their own: SERVER_BUSY', () => {
  // The test gateway's pool has 4 connections; one expensive request may run and one wait.
  const fx = useGateway({
    env: { HEAVY_QUERY_COST: '20', HEAVY_CONCURRENCY: '1', HEAVY_QUEUE: '1', REQUEST_TIMEOUT_MS: '60000' },
  });
  let release: (() => Promise<void>) | undefined;
  afterEach(() => release?.());

  it('refuses expensive requests past the queue at once, while cheap ones are still served', async () => {
    release = await lock(fx, 'member');
    const expensive = '{ members(first: 30) { nodes { admittedOn } } }';
    const running = fx.gw.ask(expensive);
    const queued = fx.gw.ask(expensive);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await fx.gw.inject({ method: 'POST', url: '/graphql', payload: { query: expensive } });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json().errors[0].extensions).toMatchObject({ code: 'SERVER_BUSY', limit: 1, found: 1 });
    expect((await fx.gw.ask(ORGANISATION)).data).toEqual({ organisation: { name: 'Thành ủy Hà Nội' } });
    await release();
    release = undefined;
    for (const reply of await Promise.all([running, queued])) expect(reply.errors).toBeUndefined();
  });
});

describe('a full pool answers SERVER_BUSY instead of making requests wait without end', () => {
  const fx = useGateway({ env: { DB_ACQUIRE_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '60000' } });
  let release: (() => Promise<void>) | undefined;
  afterEach(() => release?.());

  it('gives the requests beyond the pool a clear code', async () => {
    release = await lock(fx, 'member');
    // Four cheap requests take the test gateway's four connections; the fifth finds none.
    const holders = Array.from({ length: 4 }, () => fx.gw.ask('{ members(first: 1) { nodes { id } } }'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reply = await fx.gw.ask(ORGANISATION);
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'SERVER_BUSY' });
    await release();
    release = undefined;
    for (const r of await Promise.all(holders)) expect(r.errors).toBeUndefined();
  });
});
