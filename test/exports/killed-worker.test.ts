import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../services/config.js';
import { ExportJobs } from '../../services/exports/export-jobs.js';
import { type Proc, runScript, stop } from '../support/processes.js';
import { useDatabase } from '../support/use-database.js';
import { eventually } from './support/use-exports.js';

describe('a killed export worker', () => {
  // The scale-1 world: a year of membership events (about 40,000) makes an XLSX that takes seconds to write.
  const h = useDatabase({ scale: 1 });
  let dir: string;
  let exportDir: string;
  let jobs: ExportJobs;
  let worker: Proc | undefined;

  const env = () => ({
    DATABASE_URL: h.db.url,
    DATA_DIR: dir,
    EXPORT_DIR: exportDir,
    LOG_LEVEL: 'info',
    // A killed run's job expires after this and is retried; the export itself takes well under it.
    EXPORT_RUN_TIMEOUT_S: '60',
    EXPORT_MAINTENANCE_INTERVAL_S: '2',
    EXPORT_RETRY_DELAY_S: '1',
  });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-kill-'));
    await chmod(dir, 0o755);
    exportDir = path.join(dir, 'exports');
    jobs = await ExportJobs.start(h.db.url, loadConfig(env()), () => {});
  });

  afterAll(async () => {
    await stop(worker);
    await jobs?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const runState = async (id: number) =>
    (await h.sql.query('select status, attempts, files from export_run where id = $1', [id])).rows[0];

  describe('a worker killed with SIGKILL in the middle of a big export', () => {
    it(
      'leaves no partial file where readers look; after a restart the run is retried and completes',
      async () => {
        const spec = {
          title: 'Biến động',
          tables: [{ name: 'bien_dong', question: 'dataset', dataset: 'membership_events' }],
        };
        const [{ id }] = (
          await h.sql.query(
            `insert into export_run (spec, formats, period_text, resolve_at, requested_by) values ($1, '{xlsx,csv}', '2022', now(), 'test') returning id`,
            [JSON.stringify(spec)],
          )
        ).rows;
        await jobs.enqueueRun(id);
        const folder = path.join(exportDir, `run-${id}`);
        worker = runScript('scripts/worker.ts', [], env());
        // Kill it while the workbook is being written under its temporary name.
        await eventually(
          'the temporary workbook',
          async () => {
            const names = await readdir(folder).catch(() => []);
            return names.some((n) => /^\.export\.xlsx\..*\.tmp$/.test(n)) ? true : undefined;
          },
          120_000,
        );
        await stop(worker, 'SIGKILL');
        const left = await readdir(folder);
        expect(left.filter((n) => !n.startsWith('.'))).toEqual([]);
        expect((await runState(id)).status).toBe('running');

        worker = runScript('scripts/worker.ts', [], env());
        const done = await eventually(
          'the retried run',
          async () => {
            const r = await runState(id);
            return r.status === 'succeeded' || r.status === 'failed' ? r : undefined;
          },
          180_000,
        );
        // On a loaded machine the retry itself may outlive the timeout and be expired once more: its lock
        // keeps the later attempt from writing beside it, so the count may exceed two.
        expect(done.status).toBe('succeeded');
        expect(done.attempts).toBeGreaterThanOrEqual(2);
        const names = (await readdir(folder)).sort();
        expect(names).toEqual(['bien_dong.csv', 'export.xlsx', 'manifest.json']);
        const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8'));
        for (const f of manifest.files) {
          const bytes = await readFile(path.join(folder, f.name));
          expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
        }
        const events = await h.sql.query(
          "select count(*)::int as n from membership_event where occurred_on between '2022-01-01' and '2022-12-31'",
        );
        expect(manifest.files.find((f: { name: string }) => f.name === 'bien_dong.csv').rows).toBe(events.rows[0].n);
      },
      6 * 60_000,
    );
  });
});
