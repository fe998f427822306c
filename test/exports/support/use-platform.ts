import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../../services/config.js';
import { type Platform, startPlatform } from '../../../services/gateway/platform.js';
import { loadFixture } from '../../gateway/support/fixture.js';
import type { Json, Reply } from '../../gateway/support/gateway.js';
import { type DatabaseHandle, useDatabase } from '../../support/use-database.js';

export interface PlatformHandle extends DatabaseHandle {
  platform: Platform;
  /** Holds EXPORT_DIR (exports/) and the DuckDB file. */
  dir: string;
  exportDir: string;
  ask<T = Json>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
}

/**
 * The whole platform as `npm start` composes it (HTTP, GraphQL, the analytics replica, pg-boss and
 * the export worker) over a test database holding the gateway fixture, asked over real HTTP.
 */
export function usePlatform(env: Record<string, string> = {}): PlatformHandle {
  const handle = useDatabase() as PlatformHandle;
  beforeAll(async () => {
    await loadFixture(handle.db.url);
    handle.dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-exports-'));
    handle.exportDir = env.EXPORT_DIR ?? path.join(handle.dir, 'exports');
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: handle.db.url,
      PORT: '0',
      SEED_WHEN_EMPTY: 'false',
      ANALYTICS_DB_PATH: path.join(handle.dir, 'analytics.duckdb'),
      EXPORT_DIR: handle.exportDir,
      EXPORT_RETRY_DELAY_S: '1',
      ...env,
    });
    handle.platform = await startPlatform(config);
    handle.ask = async (query, variables, headers) => {
      const res = await fetch(`${handle.platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    };
  });
  afterAll(async () => {
    await handle.platform?.stop();
    if (handle.dir) await rm(handle.dir, { recursive: true, force: true });
  });
  return handle;
}

/** Polls `probe` until it returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
