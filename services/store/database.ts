import path from 'node:path';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** False when the embedded server died for good (see startEmbeddedPostgres); always true for DATABASE_URL. */
  healthy(): boolean;
  stop(): Promise<void>;
}

/** The configured server when DATABASE_URL is set, otherwise the embedded one under DATA_DIR/postgres. */
export async function openDatabase(config: Config, log?: (line: string) => void): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, healthy: () => true, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(path.join(config.DATA_DIR, 'postgres'), { log });
  return { url: server.url, embedded: true, healthy: server.healthy, stop: server.stop };
}
