import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckStore, Query, ReplicaInfo } from './duckdb-store.js';
import { readCsv } from './read-csv.js';
import { REPLICA_MODEL } from './replica-model.js';
import { REPLICA_SOURCES } from './replica-sources.js';
import { copySnapshot } from './snapshot-copy.js';

/** A promise settled from outside; its rejection is observed wherever it is awaited. */
function settleLater() {
  let resolve: () => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/**
 * One full sync: copy every source from one PostgreSQL snapshot into `raw_*` tables of a new
 * generation (kept: catch-ups re-read changed rows into them and rebuild what depends on them),
 * and build each model table as soon as its inputs are there (so DuckDB works while PostgreSQL is
 * still copying), then publish. On any failure nothing more starts, what runs is let finish, the
 * new generation is dropped and the live one stays.
 */
export async function syncReplica(databaseUrl: string, store: DuckStore, sessions = 3): Promise<ReplicaInfo> {
  const started = performance.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-sync-'));
  try {
    const { schema, result } = await store.build(async (exec) => {
      const loaded = new Map(REPLICA_SOURCES.map((s) => [`raw_${s.table}`, settleLater()]));
      const built = buildModel(exec, loaded);
      try {
        const copy = await copySnapshot(
          databaseUrl,
          REPLICA_SOURCES,
          dir,
          async (source, file) => {
            const done = loaded.get(`raw_${source.table}`);
            await exec(`create table raw_${source.table} as ${readCsv(source, file)}`).then(done?.resolve, (e) => {
              done?.reject(e);
              throw e;
            });
          },
          sessions,
        );
        await Promise.all(built);
        return copy;
      } catch (e) {
        for (const input of loaded.values()) input.reject(e);
        await Promise.allSettled(built);
        throw e;
      }
    });
    const info: ReplicaInfo = { ...result, durationMs: Math.round(performance.now() - started) };
    await store.publish(schema, info);
    return info;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Starts every model table behind its inputs; REPLICA_MODEL lists a table after those it reads. */
function buildModel(exec: Query, loaded: ReadonlyMap<string, { promise: Promise<void> }>): Promise<unknown>[] {
  const tables = new Map<string, Promise<unknown>>();
  for (const m of REPLICA_MODEL) {
    const inputs = m.inputs.map(
      (i) => tables.get(i) ?? loaded.get(i)?.promise ?? Promise.reject(new Error(`${m.table} reads unknown ${i}`)),
    );
    const building = Promise.all(inputs).then(() => exec(`create table ${m.table} as ${m.select}`));
    // Observed at once, so a failure while copies still run is not an unhandled rejection.
    building.catch(() => {});
    tables.set(m.table, building);
  }
  return [...tables.values()];
}
