import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proc, readyUrl, runScript, startServer, stop } from '../support/processes.js';

let dataDir: string;
let out: string;
let server: Proc;

// The embedded PostgreSQL of DATA_DIR, as `npm start` on a fresh checkout has it.
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-cli-'));
  await chmod(dataDir, 0o755);
  out = path.join(dataDir, 'out');
  server = startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info' }, true);
  await readyUrl(server);
}, 300_000);

afterAll(async () => {
  await stop(server);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const exportCli = async (args: string[]) => {
  const run = runScript('scripts/export.ts', args, { DATA_DIR: dataDir });
  return { code: await run.exited, output: run.output() };
};

describe('npm run export beside a running npm start on the same data directory', () => {
  it('uses that server’s database instead of refusing the data directory, and writes the files', async () => {
    const { code, output } = await exportCli([
      '--metric',
      'admissions',
      '--period',
      '2022-H1',
      '--group-by',
      'DISTRICT',
      '--format',
      'csv,json',
      '--out',
      out,
    ]);
    expect(code, output).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['admissions.csv', 'admissions.json', 'manifest.json']);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.period).toMatchObject({ requested: '2022-H1', key: '2022-H1' });
    expect(output).toMatch(/admissions\.csv: \d+ rows/);
  });

  it('exits 2 naming the field at fault for a bad spec, and 2 for bad usage', async () => {
    const bad = await exportCli(['--metric', 'nope', '--period', '2022-H1', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/UNKNOWN_METRIC at spec\.tables\.0\.metric/);
    const period = await exportCli(['--metric', 'admissions', '--period', 'H-9X', '--out', out]);
    expect(period.code).toBe(2);
    expect(period.output).toMatch(/INVALID_PERIOD at period/);
    const usage = await exportCli(['--period', '2022-H1', '--out', out]);
    expect(usage.code).toBe(2);
    expect(usage.output).toMatch(/give one of --metric, --dataset or --spec/);
  });
});
