import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnalyticsEngine } from './engine.js';

/**
 * A fresh replica of `databaseUrl` in a temporary DuckDB file of this process, for commands: the
 * server's own file stays locked by a running `npm start`, and a command wants a snapshot of now.
 */
export async function withPrivateReplica<T>(
  databaseUrl: string,
  fn: (engine: AnalyticsEngine) => Promise<T>,
  log?: (line: string) => void,
): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-replica-'));
  const engine = new AnalyticsEngine({
    databaseUrl,
    path: path.join(dir, 'analytics.duckdb'),
    intervalMs: 0,
    ephemeral: true,
    log,
  });
  try {
    await engine.sync();
    return await fn(engine);
  } finally {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  }
}
