import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts the platform as a user would: `npm start`, or with `direct` the node command that npm
 * runs (so signals reach the platform itself, not npm). DATABASE_URL is unset so the embedded
 * PostgreSQL is used, under the DATA_DIR the caller passes (never the checkout's).
 */
export function startServer(env: Record<string, string>, direct = false): Run {
  const { DATABASE_URL: _unset, ...inherited } = process.env;
  const [command, args] = direct
    ? [process.execPath, ['--import', 'tsx', 'scripts/start.ts']]
    : ['npm', ['start', '--silent']];
  const child = spawn(command, args, {
    cwd: root,
    env: { ...inherited, LOG_LEVEL: 'warn', PORT: '0', WORLD_SCALE: '0.01', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Polls `probe` until it gives a value; with `run`, fails early when that process has exited. */
export async function waitFor<T>(what: string, probe: () => T | undefined, run?: Run, ms = 180_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const v = probe();
    if (v !== undefined) return v;
    if (run && run.child.exitCode !== null) throw new Error(`exited before ${what}:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}:\n${run?.output() ?? ''}`);
}

/** The base URL from the line the platform prints once it is ready. */
export function readyUrl(run: Run): Promise<string> {
  return waitFor('the ready line', () => run.output().match(/ready in .* (http:\/\/\S+)\/graphql/)?.[1], run);
}
