import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The PostgreSQL server running on a data directory: its postmaster's pid and port. */
export interface Postmaster {
  pid: number;
  port: number;
}

/**
 * Reads `postmaster.pid` (line 1 the pid, line 4 the port); a file left by a server that died is
 * ignored, since its pid is no longer a live process.
 */
export function livePostmaster(databaseDir: string): Postmaster | undefined {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  return { pid, port };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
