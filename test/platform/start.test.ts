import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proc, readyUrl, startServer, waitFor } from '../support/processes.js';

describe('npm start on the embedded defaults', () => {
  let dataDir: string;
  let first: Proc;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-start-'));
    // mkdtemp makes a private directory; the embedded server may run as another user (see embedded-postgres.ts).
    await chmod(dataDir, 0o755);
    first = startServer({ DATA_DIR: dataDir });
    baseUrl = await readyUrl(first);
  });

  afterAll(async () => {
    if (first?.child.exitCode === null) first.child.kill('SIGTERM');
    await first?.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz and reaches /readyz', async () => {
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: true });
  });

  it('writes an admin key on its first start, prints how to use it, and needs a credential for the API', async () => {
    const file = path.join(dataDir, 'admin.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = readFileSync(file, 'utf8').trim();
    expect(first.output()).toContain(`Bearer $(cat ${file})`);
    const ask = (headers: Record<string, string>) =>
      fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ organisation(code: "TU") { name } }' }),
      });
    expect((await ask({})).status).toBe(401);
    const answered = await ask({ authorization: `Bearer ${key}` });
    expect(await answered.json()).toEqual({ data: { organisation: { name: 'Thành ủy Hà Nội' } } });
  });

  it('keeps its data under DATA_DIR/postgres', () => {
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });

  it('refuses a second instance on the same data directory with a clear message', async () => {
    const second = startServer({ DATA_DIR: dataDir });
    const code = await second.exited;
    expect(code).toBe(3);
    expect(second.output()).toMatch(/data directory .* is in use by another process/);
  });

  it('stops cleanly on SIGTERM, stopping PostgreSQL with it', async () => {
    first.child.kill('SIGTERM');
    // npm forwards the signal to the platform and may itself end by it before the platform has finished.
    await first.exited;
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    await waitFor('PostgreSQL to stop', () => (existsSync(pidFile) ? undefined : true), undefined, 15_000);
    expect(first.output()).toMatch(/SIGTERM: shutting down/);
    expect(first.output()).toMatch(/stopped/);
  });
});

describe('configuration', () => {
  it('stops start-up on an invalid value, naming the variable', async () => {
    const run = startServer({ PORT: 'seventy' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/PORT/);
  });
});

describe('npm start with WORKERS=2', () => {
  let dataDir: string;
  let run: Proc;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-workers-'));
    await chmod(dataDir, 0o755);
    run = startServer({ DATA_DIR: dataDir, WORKERS: '2' });
    // The primary's line, once every worker listens (each worker prints its own too).
    baseUrl = await waitFor(
      'the ready line',
      () => run.output().match(/^\[civicgraph\] ready in .* (http:\/\/\S+)\/graphql/m)?.[1],
      run,
    );
    await waitFor(
      'both workers',
      () => (run.output().match(/\[civicgraph w\d\] ready in/g)?.length === 2 ? true : undefined),
      run,
    );
  });

  afterAll(async () => {
    if (run?.child.exitCode === null) run.child.kill('SIGTERM');
    await run?.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves from two workers, each with its own analytics replica, on one port', async () => {
    expect(existsSync(path.join(dataDir, 'analytics-w1.duckdb'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'analytics-w2.duckdb'))).toBe(true);
    const key = readFileSync(path.join(dataDir, 'admin.key'), 'utf8').trim();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ organisation(code: "TU") { name } }' }),
        }).then((r) => r.json()),
      ),
    );
    for (const answer of answers) expect(answer).toEqual({ data: { organisation: { name: 'Thành ủy Hà Nội' } } });
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
  });

  it('stops the workers, then PostgreSQL, on SIGTERM', async () => {
    run.child.kill('SIGTERM');
    await run.exited;
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    // Workers finish first, then PostgreSQL stops: longer than one process on a loaded machine.
    await waitFor('PostgreSQL to stop', () => (existsSync(pidFile) ? undefined : true), undefined, 60_000);
    expect(run.output()).toMatch(/\[civicgraph w1\] stopped/);
    expect(run.output()).toMatch(/\[civicgraph\] stopped/);
  });
});
