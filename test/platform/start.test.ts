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
