import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, useExports } from './support/use-exports.js';

const SMALL = {
  title: 'nhỏ',
  tables: [{ name: 'ket_nap', question: 'compare', metric: 'admissions', groupBy: 'DISTRICT' }],
};
const LARGE = {
  title: 'lớn',
  tables: [{ name: 'bien_dong', question: 'dataset', dataset: 'membership_events' }],
};

type Ask = ReturnType<typeof useExports>['gw']['ask'];

/** Asks for an export and waits until the worker has finished with it. */
async function exportAndWait(ask: Ask, spec: object, formats: string[]) {
  const res = await ask<{ runExport: { id: string } }>(
    'mutation ($input: RunExportInput!) { runExport(input: $input) { id } }',
    { input: { spec, period: '2010-01..2025-12', formats } },
  );
  expect(res.errors).toBeUndefined();
  const id = res.data?.runExport.id as string;
  return eventually(`run ${id}`, async () => {
    const r = await ask<{
      exportRun: { status: string; errorCode: string | null; error: string | null; files: { name: string }[] };
    }>('query ($id: ID!) { exportRun(id: $id) { status errorCode error files { name } } }', { id });
    const run = r.data?.exportRun;
    return run && ['SUCCEEDED', 'FAILED'].includes(run.status) ? run : undefined;
  });
}

/** A tiny file system of its own, so "disk full" is real (ENOSPC) and harms nothing else; needs root. */
function mountTiny(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const tiny = path.join(tmpdir(), `civicgraph-full-${process.pid}`);
const mounted = mountTiny(tiny);

describe.skipIf(!mounted)('a full disk (a 64 KiB tmpfs as EXPORT_DIR; skipped where mounting is not allowed)', () => {
  afterAll(() => {
    execFileSync('umount', [tiny]);
    rmSync(tiny, { recursive: true, force: true });
  });
  const h = useExports({ EXPORT_DIR: tiny });

  it('fails the run with DISK_FULL, leaves no partial file, and earlier runs keep their files', async () => {
    const first = await exportAndWait(h.gw.ask, SMALL, ['CSV']);
    expect(first.status).toBe('SUCCEEDED');
    const [done] = readdirSync(tiny);
    const kept = (await readdir(path.join(tiny, done as string))).sort();
    const full = await exportAndWait(h.gw.ask, LARGE, ['CSV', 'JSON']);
    expect(full).toMatchObject({ status: 'FAILED', errorCode: 'DISK_FULL', files: [] });
    expect(full.error).toMatch(/disk is full/);
    expect((await readdir(path.join(tiny, done as string))).sort()).toEqual(kept);
    for (const folder of readdirSync(tiny)) {
      for (const f of readdirSync(path.join(tiny, folder))) expect(f).not.toMatch(/\.tmp$/);
      if (folder !== done) expect(readdirSync(path.join(tiny, folder))).not.toContain('manifest.json');
    }
  });
});

describe('an EXPORT_DIR that cannot be written (a path through a regular file)', () => {
  const h = useExports({ EXPORT_DIR: '/dev/null/civicgraph-exports' });

  it('fails the run with EXPORT_DIR_NOT_WRITABLE and a readable reason, not retried', async () => {
    const run = await exportAndWait(h.gw.ask, SMALL, ['CSV']);
    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'EXPORT_DIR_NOT_WRITABLE', files: [] });
    expect(run.error).toMatch(/not a directory \(ENOTDIR\)/);
    const [row] = (await h.sql.query('select attempts from export_run order by id desc limit 1')).rows;
    expect(row.attempts).toBe(1);
  });
});
