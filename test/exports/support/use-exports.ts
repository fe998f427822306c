import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { AnalyticsEngine } from '../../../analytics/engine.js';
import { Exports } from '../../../analytics/exports/exports.js';
import { loadConfig } from '../../../services/config.js';
import { initORM } from '../../../services/store/orm.js';
import { loadFixture } from '../../gateway/support/fixture.js';
import { startGateway, type TestGateway } from '../../support/gateway.js';
import { type DatabaseHandle, useDatabase } from '../../support/use-database.js';

export interface ExportsHandle extends DatabaseHandle {
  gw: TestGateway;
  engine: AnalyticsEngine;
  exports: Exports;
  /** Holds EXPORT_DIR (exports/, unless `env` names another) and the DuckDB file. */
  dir: string;
  exportDir: string;
}

/**
 * The production gateway with the analytics replica and the export side as `npm start` wires them
 * (pg-boss queues and an in-process worker), over a test database holding the gateway fixture.
 */
export function useExports(env: Record<string, string> = {}): ExportsHandle {
  const handle = useDatabase() as ExportsHandle;
  let close: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    await loadFixture(handle.db.url);
    handle.dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-exports-'));
    handle.exportDir = env.EXPORT_DIR ?? path.join(handle.dir, 'exports');
    const config = loadConfig({
      DATABASE_URL: handle.db.url,
      EXPORT_DIR: handle.exportDir,
      EXPORT_RETRY_DELAY_S: '1',
      ...env,
    });
    handle.engine = new AnalyticsEngine({
      databaseUrl: handle.db.url,
      path: path.join(handle.dir, 'analytics.duckdb'),
      debounceMs: config.ANALYTICS_SYNC_DEBOUNCE_MS,
    });
    await handle.engine.sync();
    const orm = await initORM(handle.db.url, 4);
    const log = () => {};
    handle.exports = await Exports.start({
      orm,
      engine: handle.engine,
      databaseUrl: handle.db.url,
      config,
      work: true,
      log,
    });
    handle.gw = await startGateway(handle.db.url, {
      env,
      analytics: handle.engine,
      exports: handle.exports,
      onCommitted: () => handle.engine.requestSync(),
    });
    close = [() => handle.gw.close(), () => handle.exports.stop(), () => orm.close(), () => handle.engine.close()];
  });
  afterAll(async () => {
    for (const c of close) await c();
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
