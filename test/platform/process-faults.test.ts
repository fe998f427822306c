import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postmasterPid } from '../../services/store/postgres-owner.js';
import { type Proc, readyUrl, startServer, waitFor } from '../support/processes.js';

interface Outcome {
  /** The server took the request and answered it. */
  answered: boolean;
  status?: number;
  ok?: boolean;
}

/** One POST on a connection of its own: a refused connection is a request never accepted. */
function post(url: string, query: string, authorization: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', authorization },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        const ok = res.statusCode === 200 && !JSON.parse(body).errors;
        resolve({ answered: true, status: res.statusCode, ok });
      });
    });
    req.on('error', () => resolve({ answered: false }));
    req.end(JSON.stringify({ query }));
  });
}

// Each test starts real `npm start` processes (tsx, migrations, the embedded PostgreSQL): on a loaded
// machine one start alone can take a minute, so these get more than the suite's default time.
describe('the server process under faults', { timeout: 240_000 }, () => {
  let dataDir: string;
  const runs: Proc[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-faults-'));
    // mkdtemp makes a private directory; the embedded server may run as another user (see embedded-postgres.ts).
    await chmod(dataDir, 0o755);
  });

  afterAll(async () => {
    for (const run of runs) if (run.child.exitCode === null) run.child.kill('SIGTERM');
    await Promise.all(runs.map((run) => run.exited));
    // A PostgreSQL a failed test left behind is stopped, so nothing outlives the test.
    const postmaster = postmasterPid(path.join(dataDir, 'postgres'));
    if (postmaster !== undefined) process.kill(postmaster, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  // The admin key the first start wrote, sent like any client's credential.
  const adminKey = () => `Bearer ${readFileSync(path.join(dataDir, 'admin.key'), 'utf8').trim()}`;

  const start = (env: Record<string, string> = {}) => {
    const run = startServer({ DATA_DIR: dataDir, ...env }, true);
    runs.push(run);
    return run;
  };

  it('after a SIGKILL of the server, the next npm start stops the orphaned PostgreSQL and is ready', async () => {
    const killed = start();
    await readyUrl(killed);
    const postmaster = postmasterPid(path.join(dataDir, 'postgres')) as number;
    killed.child.kill('SIGKILL');
    await killed.exited;
    // PostgreSQL outlives the process that started it.
    expect(() => process.kill(postmaster, 0)).not.toThrow();

    const next = startServer({ DATA_DIR: dataDir });
    runs.push(next);
    const url = await readyUrl(next);
    expect(next.output()).toMatch(/stopping the PostgreSQL .* left running/);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(() => process.kill(postmaster, 0)).toThrow();
    next.child.kill('SIGTERM');
    await next.exited;
  });

  it('on SIGTERM under load, every accepted request is answered and the process exits 0', async () => {
    const run = start();
    const url = await readyUrl(run);
    const outcomes: Outcome[] = [];
    let loading = true;
    const query = '{ organisations(first: 50) { totalCount nodes { name ancestors { name } } } }';
    const authorization = adminKey();
    const load = Array.from({ length: 6 }, async () => {
      while (loading) {
        const o = await post(url, query, authorization);
        outcomes.push(o);
        if (!o.answered) return;
      }
    });
    await waitFor('some answers', () => (outcomes.length >= 20 ? true : undefined), run, 30_000);
    run.child.kill('SIGTERM');
    const code = await run.exited;
    loading = false;
    await Promise.all(load);

    expect(code).toBe(0);
    const answered = outcomes.filter((o) => o.answered);
    expect(answered.length).toBeGreaterThanOrEqual(20);
    expect(answered.filter((o) => !o.ok)).toEqual([]);
    expect(run.output()).toMatch(/SIGTERM: shutting down[\s\S]*stopped/);
  });

  it('a client that uploads its body slowly cannot hold SIGTERM past the shutdown deadline', async () => {
    const run = start({ BODY_TIMEOUT_MS: '60000', SHUTDOWN_TIMEOUT_MS: '2000' });
    const url = new URL(await readyUrl(run));
    const socket = connect(Number(url.port), url.hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.on('error', () => {});
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${adminKey()}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":`,
    );
    const trickle = setInterval(() => socket.write(' '), 500);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const sent = Date.now();
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      // The deadline is 2 s; stopping the pool, the replica and PostgreSQL takes a few more.
      expect(Date.now() - sent).toBeLessThan(20_000);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  });

  it('a client that uploads its body slowly is cut off after BODY_TIMEOUT_MS', async () => {
    const run = start({ BODY_TIMEOUT_MS: '1500' });
    const url = new URL(await readyUrl(run));
    const socket = connect(Number(url.port), url.hostname);
    socket.on('error', () => {});
    let reply = '';
    socket.on('data', (d) => (reply += d));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${adminKey()}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":`,
    );
    const trickle = setInterval(() => socket.writable && socket.write(' '), 300);
    await closed;
    clearInterval(trickle);
    expect(reply).toMatch(/^HTTP\/1.1 408/);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
