import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { readChangedRows } from './changed-rows.js';
import type { DuckStore, Query, ReplicaInfo } from './duckdb-store.js';
import { readCsv } from './read-csv.js';
import { replicaHorizon } from './replica-horizon.js';
import { type ModelTable, REPLICA_MODEL } from './replica-model.js';
import { REPLICA_SOURCES, SOURCE_KEY } from './replica-sources.js';

/** More changed rows than this in one catch-up: a full sync is cheaper (a bulk import, say). */
export const CATCH_UP_LIMIT = 50_000;

/** What a catch-up did; `full-sync` when the replica cannot follow the log and needs one. */
export type CatchUp = { kind: 'applied'; info: ReplicaInfo; rows: number } | { kind: 'full-sync'; why: string };

/**
 * Brings the live replica up to now: reads what changed since its horizon (one PostgreSQL
 * snapshot), then in one DuckDB transaction deletes the changed keys from the copied `raw_*`
 * tables, inserts their current rows, and updates each model table that reads them, by key where
 * it is keyed by the changed input (organisations: their descendants too, so a move re-derives
 * ancestors and districts), else by rebuilding it. Readers see all of it or none of it.
 */
export async function catchUpReplica(client: pg.ClientBase, store: DuckStore): Promise<CatchUp> {
  const started = performance.now();
  const live = await store.current();
  if (!live?.horizon) return { kind: 'full-sync', why: 'the replica holds no horizon' };
  const replicaId = await store.identity();
  if (!(await replicaHorizon.held(client, replicaId)))
    return { kind: 'full-sync', why: 'the change log was pruned past it' };
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-catch-up-'));
  try {
    const changes = await readChangedRows(client, REPLICA_SOURCES, live.horizon, dir, CATCH_UP_LIMIT);
    if (changes.kind === 'too-many') return { kind: 'full-sync', why: `${changes.changes} changes` };
    const info = await store.write(async (exec) => {
      const changed = new Map<string, Changed>();
      for (const { source, ids, file } of changes.sources) {
        const raw = `raw_${source.table}`;
        // A literal list: DuckDB checks it against each row group's min and max, and skips most of the table.
        await exec(`delete from ${raw} where ${SOURCE_KEY} in ${list(ids)}`);
        await exec(`insert into ${raw} ${readCsv(source, file)}`);
        changed.set(raw, ids);
      }
      for (const table of REPLICA_MODEL) await updateModelTable(exec, table, changed);
      return {
        ...live,
        snapshotAt: changes.snapshotAt,
        horizon: changes.horizon,
        durationMs: Math.round(performance.now() - started),
      };
    });
    await replicaHorizon.hold(client, replicaId, changes.horizon);
    return { kind: 'applied', info, rows: changes.rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Marks a table rebuilt whole: what reads it is rebuilt too. */
const ALL = 'all';

/** The ids whose rows changed in a table, or ALL. */
type Changed = readonly number[] | typeof ALL;

const list = (ids: readonly number[]) => `(${ids.join(', ')})`;

/** Updates one model table for the changed inputs, and records what of it changed. */
async function updateModelTable(exec: Query, m: ModelTable, changed: Map<string, Changed>): Promise<void> {
  const touched = m.inputs.filter((i) => changed.has(i));
  if (touched.length === 0) return;
  const keys = m.key && touched.length === 1 && touched[0] === m.key.input ? changed.get(m.key.input) : ALL;
  if (!m.key || !keys || keys === ALL) {
    await exec(`create or replace table ${m.table} as ${m.select}`);
    changed.set(m.table, ALL);
    return;
  }
  const more = m.key.expand ? await exec(m.key.expand.replaceAll('$changed', list(keys))) : [];
  const mine = [...new Set([...keys, ...more.map((r) => Number(r.id))])];
  await exec(`delete from ${m.table} where ${m.key.column} in ${list(mine)}`);
  const select = m.key.select
    ? m.key.select.replaceAll('$changed', list(mine))
    : `select * from (${m.select}) where ${m.key.column} in ${list(mine)}`;
  await exec(`insert into ${m.table} ${select}`);
  changed.set(m.table, mine);
}
