import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../services/config.js';
import { type Platform, startPlatform } from '../../services/gateway/platform.js';
import { type EmbeddedServer, startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

// A database restart must not crash the process: readiness goes red, then green again.
describe('the platform across a database restart', () => {
  let dir: string;
  let port: number;
  let pg: EmbeddedServer;
  let platform: Platform;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-restart-'));
    await chmod(dir, 0o755);
    port = await freePort();
    pg = await startEmbeddedPostgres(path.join(dir, 'pg'), { port });
    const config = loadConfig({ DATABASE_URL: pg.url, PORT: '0', LOG_LEVEL: 'silent', SEED_WHEN_EMPTY: 'false' });
    platform = await startPlatform(config);
  });

  afterAll(async () => {
    await platform?.stop();
    await pg?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const readyz = async () => (await fetch(`${platform.url}/readyz`)).status;

  it('reports not ready while the database is down and recovers when it is back', async () => {
    expect(await readyz()).toBe(200);
    await pg.stop();
    expect(await readyz()).toBe(503);
    expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);
    pg = await startEmbeddedPostgres(path.join(dir, 'pg'), { port });
    expect(await readyz()).toBe(200);
  });
});
