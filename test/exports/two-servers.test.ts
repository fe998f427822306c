import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../../services/access/api-key.service.js';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import { initORM } from '../../services/store/orm.js';
import { loadFixture } from '../gateway/support/fixture.js';
import { type Proc, runScript, stop, waitForOutput } from '../support/processes.js';
import { useDatabase } from '../support/use-database.js';
import { eventually } from './support/use-exports.js';

describe('export schedules on two servers', () => {
  const h = useDatabase();
  const READY = /ready in .* (http:\/\/\S+)\/graphql/;
  let dir: string;
  let exportDir: string;
  const servers: Proc[] = [];

  /** `npm start` (scripts/start.ts) on the shared test database, each with its own DATA_DIR (DuckDB file). */
  function server(name: string): Proc {
    return runScript('scripts/start.ts', [], {
      DATABASE_URL: h.db.url,
      DATA_DIR: path.join(dir, name),
      EXPORT_DIR: exportDir,
      PORT: '0',
      LOG_LEVEL: 'info',
      SEED_WHEN_EMPTY: 'false',
    });
  }

  let key: string;

  beforeAll(async () => {
    await loadFixture(h.db.url);
    // A key before the servers start, so neither writes a first admin key of its own.
    const orm = await initORM(h.db.url, 1);
    try {
      const made = await new ApiKeyService({ em: orm.em.fork(), caller: SYSTEM_CALLER }).create({
        name: 'two servers',
        role: 'admin',
        scope: '*',
      });
      key = made.key;
    } finally {
      await orm.close();
    }
    dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-two-'));
    await chmod(dir, 0o755);
    exportDir = path.join(dir, 'exports');
    servers.push(server('a'), server('b'));
    await Promise.all(servers.map((s) => waitForOutput(s, READY)));
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => stop(s)));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('two server processes on one database, a schedule due every minute', () => {
    it(
      'runs each due slot exactly once, writes each run once, and keeps the newest runs',
      async () => {
        const url = READY.exec(servers[0]?.output() ?? '')?.[1];
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({
            query: `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id } }`,
            variables: {
              input: {
                name: 'moi-phut',
                cron: '* * * * *',
                period: 'M-1',
                formats: ['CSV', 'JSON'],
                keepRuns: 2,
                spec: {
                  title: 'Kết nạp',
                  tables: [{ name: 'ket_nap', question: 'compare', metric: 'admissions', groupBy: 'DISTRICT' }],
                },
              },
            },
          }),
        });
        const created = (await res.json()) as { data?: { createExportSchedule: { id: string } }; errors?: unknown };
        expect(created.errors).toBeUndefined();
        // Three succeeded runs: two kept, one pruned.
        const slotsWanted = 3;
        const readRuns = async () =>
          (
            await h.sql.query(
              `select r.id, r.slot, r.status, r.attempts, r.pruned_at, r.error from export_run r join export_schedule s on s.id = r.schedule_id
             where s.name = 'moi-phut' order by r.slot`,
            )
          ).rows;
        const runs = await eventually(
          `${slotsWanted} slots`,
          async () => {
            const rows = await readRuns();
            const done = rows.filter((r) => r.status === 'succeeded');
            // Retention runs right after a success is recorded: wait for it too.
            const settled = done.slice(0, -2).every((r) => r.pruned_at !== null);
            return done.length >= slotsWanted && settled ? rows : undefined;
          },
          // The first slot comes within a minute; a loaded machine (CI runs other files beside this one) may add a few.
          (slotsWanted + 3) * 60_000,
        ).catch(async (e: Error) => {
          // What a timeout needs to be understood: the runs so far and what each server said.
          const said = servers.map((s, i) => `--- server ${i} ---\n${s.output().slice(-4000)}`).join('\n');
          throw new Error(`${e.message}\nruns: ${JSON.stringify(await readRuns())}\n${said}`);
        });
        const slots = runs.map((r) => (r.slot as Date).getTime());
        // One run per slot, whole minutes, none missed between the first and the last.
        expect(new Set(slots).size).toBe(slots.length);
        for (const s of slots) expect(s % 60_000).toBe(0);
        for (let i = 1; i < slots.length; i++) expect((slots[i] as number) - (slots[i - 1] as number)).toBe(60_000);
        const succeeded = runs.filter((r) => r.status === 'succeeded');
        for (const r of succeeded) expect(r.attempts).toBe(1);
        // Each run's files were written by one process only: one completion line per run across both logs.
        const log = servers.map((s) => s.output()).join('\n');
        for (const r of succeeded) expect(log.match(new RegExp(`export run ${r.id}: `, 'g'))).toHaveLength(1);
        // Retention: only the newest two succeeded runs keep their folders.
        const pruned = succeeded.slice(0, -2);
        for (const r of pruned) {
          expect(r.pruned_at).not.toBeNull();
          expect(existsSync(path.join(exportDir, `run-${r.id}`))).toBe(false);
        }
        const kept = (await readdir(exportDir)).filter((n) => succeeded.slice(-2).some((r) => n === `run-${r.id}`));
        expect(kept).toHaveLength(2);
      },
      9 * 60_000,
    );
  });
});
