import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface StartupFigures {
  scale: number;
  firstStartSeconds: number;
  warmStartSeconds: number;
}

const root = path.resolve(import.meta.dirname, '../..');

/** Seconds from `npm start` to a 200 from /readyz, on a fresh embedded data directory and then again on the same one. */
export async function benchStartup(scale = 1): Promise<StartupFigures> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-start-'));
  await chmod(dataDir, 0o755);
  try {
    const firstStartSeconds = await timeToReady(dataDir, scale);
    const warmStartSeconds = await timeToReady(dataDir, scale);
    return { scale, firstStartSeconds, warmStartSeconds };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function timeToReady(dataDir: string, scale: number): Promise<number> {
  const { DATABASE_URL: _unset, ...env } = process.env;
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', WORLD_SCALE: String(scale) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${out}`);
      const url = out.match(/ready in .* (http:\/\/\S+)\/graphql/)?.[1];
      if (
        url &&
        (await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        ))
      )
        break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return (performance.now() - started) / 1000;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
