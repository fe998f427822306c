import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../services/config.js';
import { type Platform, startPlatform } from '../../services/gateway/platform.js';

const REQUEST_TIMEOUT_MS = 2_000;

interface Answer {
  status: number;
  code?: string;
  ms: number;
}

/** Polls `probe` every 100 ms until it holds; fails after `ms`. */
async function until(what: string, probe: () => Promise<boolean>, ms = 60_000): Promise<void> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (await probe()) return;
  }
  throw new Error(`timed out waiting for ${what}`);
}

// The platform's own embedded PostgreSQL, under a data directory of the test's (never the checkout's).
describe('the platform when its embedded PostgreSQL is killed', () => {
  let dir: string;
  let platform: Platform;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-restart-'));
    // mkdtemp makes a private directory; the embedded server may run as another user (see embedded-postgres.ts).
    await chmod(dir, 0o755);
    const config = loadConfig({
      DATA_DIR: dir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      SEED_WHEN_EMPTY: 'false',
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      // The credential stays cached through the outage, so requests reach the database path under
      // test; on a loaded machine the restart outlasts the default 10 s and authentication itself
      // would answer SERVICE_UNAVAILABLE instead (the credential cannot be checked).
      AUTH_CACHE_SECONDS: '3600',
    });
    platform = await startPlatform(config);
  });

  afterAll(async () => {
    await platform?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const status = async (route: string) => (await fetch(`${platform.url}${route}`)).status;
  // The admin key the first start wrote, sent like any client's credential.
  const authorization = () => `Bearer ${readFileSync(platform.adminKeyFile as string, 'utf8').trim()}`;

  async function ask(): Promise<Answer> {
    const started = Date.now();
    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authorization() },
      body: JSON.stringify({ query: '{ organisations(first: 1) { totalCount } }' }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, code: body.errors?.[0]?.extensions?.code, ms: Date.now() - started };
  }

  it('restarts it under load: readiness goes red then green, no request hangs or gets a 500', async () => {
    await until('ready', async () => (await status('/readyz')) === 200);
    const answers: Answer[] = [];
    let loading = true;
    const load = Array.from({ length: 4 }, async () => {
      while (loading) answers.push(await ask());
    });
    // The outage starts once the credential is verified and cached (on a loaded machine the first
    // answers can take longer than any fixed pause).
    await until('a first answer', async () => answers.some((a) => a.status === 200 && !a.code));
    const postmaster = Number(readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    await until('not ready', async () => (await status('/readyz')) === 503);
    expect(await status('/healthz')).toBe(200);
    await until('ready again', async () => (await status('/readyz')) === 200);
    loading = false;
    await Promise.all(load);

    expect(answers.every((a) => a.status !== 500)).toBe(true);
    expect(answers.filter((a) => a.code).map((a) => a.code)).toEqual(expect.arrayContaining(['DATABASE_UNAVAILABLE']));
    const codes = new Set(answers.map((a) => a.code).filter(Boolean));
    expect(
      [...codes].every((c) => ['DATABASE_UNAVAILABLE', 'DEADLINE_EXCEEDED', 'SERVER_BUSY'].includes(c as string)),
    ).toBe(true);
    // Every request was answered; none waited much past its deadline.
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
    expect((await ask()).code).toBeUndefined();
    expect(platform.healthy()).toBe(true);
  });
});
