import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** A child process of the repository's commands, with everything it printed so far. */
export interface Proc {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/**
 * Runs `command` in the checkout with `env` added. DATABASE_URL is never inherited: each test
 * passes the database it means (or none, for the embedded PostgreSQL under its own DATA_DIR).
 */
function spawnInCheckout(command: string, args: string[], env: Record<string, string>): Proc {
  const { DATABASE_URL: _unset, ...inherited } = process.env;
  const child = spawn(command, args, {
    cwd: root,
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Runs one of the repository's scripts as its own Node process, as npm would. */
export function runScript(script: string, args: string[], env: Record<string, string>): Proc {
  return spawnInCheckout(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], env);
}

/**
 * Starts the platform as a user would: `npm start`, or with `direct` the node command that npm
 * runs (so signals reach the platform itself, not npm), on a small world and any free port.
 */
export function startServer(env: Record<string, string>, direct = false): Proc {
  const serverEnv = { PORT: '0', WORLD_SCALE: '0.01', ...env };
  return direct
    ? runScript('scripts/start.ts', [], serverEnv)
    : spawnInCheckout('npm', ['start', '--silent'], serverEnv);
}

/** Polls `probe` until it gives a value; with `proc`, fails early when that process has exited. */
export async function waitFor<T>(what: string, probe: () => T | undefined, proc?: Proc, ms = 180_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const v = probe();
    if (v !== undefined) return v;
    if (proc && proc.child.exitCode !== null) throw new Error(`exited before ${what}:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}:\n${proc?.output() ?? ''}`);
}

/** Waits for `pattern` in a process's output; fails early if it exits. */
export function waitForOutput(proc: Proc, pattern: RegExp, ms = 120_000): Promise<RegExpMatchArray> {
  return waitFor(String(pattern), () => proc.output().match(pattern) ?? undefined, proc, ms);
}

/** The base URL from the line the platform prints once it is ready. */
export async function readyUrl(proc: Proc, ms = 240_000): Promise<string> {
  const [, url] = await waitForOutput(proc, /ready in .* (http:\/\/\S+)\/graphql/, ms);
  return url as string;
}

/** SIGTERM (or `signal`) and wait for the exit. */
export async function stop(proc: Proc | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill(signal);
  await proc.exited;
}
