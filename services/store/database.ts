import path from 'node:path';
import type { Config } from '../config.js';
import { embeddedUrl, startEmbeddedPostgres } from './embedded-postgres.js';
import { ownedServerPort } from './postgres-owner.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** False when the embedded server died for good (see startEmbeddedPostgres); always true for DATABASE_URL. */
  healthy(): boolean;
  stop(): Promise<void>;
}

export interface OpenOptions {
  log?: (line: string) => void;
  /**
   * For commands (export, report, worker, key, ...): when the embedded server of DATA_DIR already
   * runs under a live `npm start` on the same checkout, use it rather than refuse the data directory;
   * it is not stopped afterwards, since it is not this process's.
   */
  attach?: boolean;
}

/** The configured server when DATABASE_URL is set, otherwise the embedded one under DATA_DIR/postgres. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, healthy: () => true, stop: async () => {} };
  }
  const dir = path.resolve(config.DATA_DIR, 'postgres');
  const port = options.attach ? ownedServerPort(dir) : undefined;
  if (port !== undefined) return { url: embeddedUrl(port), embedded: false, healthy: () => true, stop: async () => {} };
  const server = await startEmbeddedPostgres(dir, { log: options.log });
  return { url: server.url, embedded: true, healthy: server.healthy, stop: server.stop };
}
