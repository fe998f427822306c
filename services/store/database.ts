import path from 'node:path';
import type { Config } from '../config.js';
import { embeddedUrl, startEmbeddedPostgres } from './embedded-postgres.js';
import { livePostmaster } from './postmaster.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface OpenOptions {
  log?: (line: string) => void;
  /**
   * For commands (export, report, worker, ...): when the embedded server of DATA_DIR already runs
   * (`npm start` on the same checkout), use it rather than refuse the data directory; it is not
   * stopped afterwards, since it is not this process's.
   */
  attach?: boolean;
}

/** The configured server when DATABASE_URL is set, otherwise the embedded one under DATA_DIR/postgres. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  const dir = path.join(config.DATA_DIR, 'postgres');
  const running = options.attach ? livePostmaster(path.resolve(dir)) : undefined;
  if (running) return { url: embeddedUrl(running.port), embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres(dir, { log: options.log });
  return { url: server.url, embedded: true, stop: server.stop };
}
