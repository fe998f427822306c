import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { readChangedRows } from './changed-rows.js';
import type { DuckStore, Query, ReplicaInfo } from './duckdb-store.js';
import { readCsv } from './read-csv.js';
import { replicaHorizon } from './replica-horizon.js';
import { type ModelKey, type ModelSum, type ModelTable, REPLICA_MODEL } from './replica-model.js';
import { REPLICA_SOURCES, SOURCE_KEY } from './replica-sources.js';

/** More changed rows than this in one catch-up: a full sync is cheaper (a bulk import, say). */
export const CATCH_UP_LIMIT = 50_000;

/** What a catch-up did; `full-sync` when the replica cannot follow the log and needs one. */
export type CatchUp = { kind: 'applied'; info: ReplicaInfo; rows: number } | { kind: 'full-sync'; why: string };

/**
 * Brings the live replica up to now: reads what changed since its horizon (one PostgreSQL
 * snapshot), then in one DuckDB transaction deletes the changed keys from the copied `raw_*`
 * tables, inserts their current rows, and updates each model table that reads them, by key where
 * it is keyed by every changed input (organisations: their descendants too, so a move re-derives
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
        changed.set(raw, new Map([[SOURCE_KEY, ids]]));
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

/** The rows that changed in a table, as ids by column (a row changed when any of its columns holds one), or ALL. */
type Changed = ReadonlyMap<string, readonly number[]> | typeof ALL;

const list = (ids: Iterable<number>) => `(${[...ids].join(', ')})`;

/** The condition a changed row meets: one of its key columns holds a changed id. */
const rowsWithin = (byColumn: ReadonlyMap<string, readonly number[]>) =>
  [...byColumn].map(([column, ids]) => `${column} in ${list(ids)}`).join(' or ');

/** Updates one model table for the changed inputs, and records what of it changed. */
async function updateModelTable(exec: Query, m: ModelTable, changed: Map<string, Changed>): Promise<void> {
  const touched = m.inputs.filter((i) => changed.has(i));
  if (touched.length === 0) return;
  const sum = m.sums;
  const summed = sum && touched.length === 1 ? changed.get(sum.input) : undefined;
  if (sum && summed && summed !== ALL) {
    await applySum(exec, m, sum, summed);
    // What reads a sum is rebuilt (nothing does yet: its groups are not ids).
    changed.set(m.table, ALL);
    return;
  }
  const byColumn = await keyedIds(exec, m, touched, changed);
  if (!byColumn) {
    await exec(`create or replace table ${m.table} as ${m.select}`);
    changed.set(m.table, ALL);
    return;
  }
  const rows = new Map([...byColumn].map(([column, { ids }]) => [column, [...ids]]));
  const within = rowsWithin(rows);
  if (REPLICA_MODEL.some((t) => t.sums?.input === m.table)) {
    await exec(`create or replace temp table removed_${m.table} as select * from ${m.table} where ${within}`);
  }
  await exec(`delete from ${m.table} where ${within}`);
  const done: string[] = [];
  for (const [column, { ids, key }] of byColumn) {
    const select = key.select
      ? key.select.replaceAll('$changed', list(ids))
      : `select * from (${m.select}) where ${column} in ${list(ids)}`;
    // A row re-derived for an earlier column is not inserted twice.
    await exec(
      `insert into ${m.table} ${done.length ? `select * from (${select}) where not (${done.join(' or ')})` : select}`,
    );
    done.push(`${column} in ${list(ids)}`);
  }
  changed.set(m.table, rows);
}

/**
 * The ids to re-derive by this table's column (with the key that reads them), or undefined when a
 * changed input (or one of its changed columns) is not keyed, or was rebuilt whole.
 */
async function keyedIds(
  exec: Query,
  m: ModelTable,
  touched: readonly string[],
  changed: ReadonlyMap<string, Changed>,
): Promise<Map<string, { ids: Set<number>; key: ModelKey }> | undefined> {
  const byColumn = new Map<string, { ids: Set<number>; key: ModelKey }>();
  for (const input of touched) {
    const byInputColumn = changed.get(input);
    if (!byInputColumn || byInputColumn === ALL) return undefined;
    for (const [inputColumn, ids] of byInputColumn) {
      const key = m.keys?.find((k) => k.input === input && (k.inputColumn ?? SOURCE_KEY) === inputColumn);
      if (!key) return undefined;
      const more = key.expand ? await exec(key.expand.replaceAll('$changed', list(ids))) : [];
      const entry = byColumn.get(key.column) ?? { ids: new Set<number>(), key };
      for (const id of [...ids, ...more.map((r) => Number(r.id))]) entry.ids.add(id);
      byColumn.set(key.column, entry);
    }
  }
  return byColumn;
}

/** Adds to a summing table the sums of its input's re-derived rows, less those of the rows they replaced. */
async function applySum(
  exec: Query,
  m: ModelTable,
  sum: ModelSum,
  changed: ReadonlyMap<string, readonly number[]>,
): Promise<void> {
  // The removed rows were kept aside by the input's own update, earlier in this transaction.
  const added = sum.select(`(select * from ${sum.input} where ${rowsWithin(changed)})`);
  const removed = sum.select(`temp.removed_${sum.input}`);
  await exec(`create or replace table ${m.table} as
    select * exclude (${sum.value}), sum(${sum.value})::BIGINT as ${sum.value}
    from (select * from ${m.table} union all ${added}
          union all select * replace (-${sum.value} as ${sum.value}) from (${removed}))
    group by all having sum(${sum.value}) <> 0`);
}
