import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Beside PostgreSQL's own postmaster.pid: the pid of the civicgraph process that started it. */
const OWNER_FILE = 'civicgraph.owner';

export class DataDirectoryInUseError extends Error {
  override name = 'DataDirectoryInUseError';
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The running postmaster of `databaseDir`, if any (a stale postmaster.pid names a dead one). */
export function postmasterPid(databaseDir: string): number | undefined {
  const pid = readPid(path.join(databaseDir, 'postmaster.pid'));
  return pid !== undefined && isAlive(pid) ? pid : undefined;
}

/**
 * The port of the PostgreSQL a live civicgraph process (an `npm start` on the same checkout) runs on
 * `databaseDir`, for commands to attach to; undefined when none runs, or when it is an orphan.
 */
export function ownedServerPort(databaseDir: string): number | undefined {
  if (postmasterPid(databaseDir) === undefined) return undefined;
  const owner = readPid(path.join(databaseDir, OWNER_FILE));
  if (owner === undefined || !isAlive(owner)) return undefined;
  // Line 4 of postmaster.pid is the port it listens on.
  const port = Number(readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

/** The parent of `pid` where /proc tells it (Linux); undefined elsewhere. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

export function recordOwner(databaseDir: string): void {
  writeFileSync(path.join(databaseDir, OWNER_FILE), `${process.pid}\n`);
}

export function forgetOwner(databaseDir: string): void {
  rmSync(path.join(databaseDir, OWNER_FILE), { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exited(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

/**
 * Makes the data directory free to start on. A postmaster whose civicgraph owner still runs (and
 * is its parent) belongs to another instance: refused with DataDirectoryInUseError. One whose
 * owner is gone (the process was killed with SIGKILL) is an orphan: unless `adoptOrphans` is
 * false it is shut down, fast first (in-flight work rolled back, nothing committed is lost),
 * harder if it does not obey.
 */
export async function takeOverDataDirectory(
  databaseDir: string,
  log: (line: string) => void,
  adoptOrphans = true,
): Promise<void> {
  const pid = postmasterPid(databaseDir);
  if (pid === undefined) return;
  const owner = readPid(path.join(databaseDir, OWNER_FILE));
  const parent = parentOf(pid);
  const owned = owner !== undefined && owner !== process.pid && isAlive(owner);
  if (!adoptOrphans || (owned && (parent === undefined || parent === owner))) {
    throw new DataDirectoryInUseError(
      `The embedded PostgreSQL data directory ${databaseDir} is in use by another process (postmaster pid ${pid}). ` +
        'Stop the other civicgraph instance, or set DATA_DIR or DATABASE_URL to use another database.',
    );
  }
  log(`stopping the PostgreSQL (pid ${pid}) left running under ${databaseDir} by a process that is gone`);
  for (const [signal, wait] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await exited(pid, wait)) return;
  }
  throw new Error(`the orphaned PostgreSQL (pid ${pid}) under ${databaseDir} did not stop`);
}
