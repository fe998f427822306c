import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckStore, ReplicaInfo } from './duckdb-store.js';
import { REPLICA_MODEL } from './replica-model.js';
import { REPLICA_SOURCES, type ReplicaSource } from './replica-sources.js';
import { copySnapshot } from './snapshot-copy.js';

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** DuckDB's own CSV reader, told the exact columns so nothing is guessed. */
function readCsv(source: ReplicaSource, file: string, staging: string): string {
  const columns = Object.entries(source.columns).map(([name, type]) => `${quote(name)}: ${quote(type)}`);
  return `create table ${staging}.raw_${source.table} as select * from read_csv(${quote(file)}, columns = {${columns.join(', ')}},
    header = false, auto_detect = false, allow_quoted_nulls = false)`;
}

/**
 * One full sync: copy every source from one PostgreSQL snapshot into in-memory staging tables,
 * build the model from them into a new generation, publish it. On any failure the new generation
 * is dropped and the live one stays.
 */
export async function syncReplica(databaseUrl: string, store: DuckStore, sessions = 3): Promise<ReplicaInfo> {
  const started = performance.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-sync-'));
  try {
    const { schema, result } = await store.build(async (exec, staging) => {
      const copy = await copySnapshot(
        databaseUrl,
        REPLICA_SOURCES,
        dir,
        async (source, file) => {
          await exec(readCsv(source, file, staging));
        },
        sessions,
      );
      for (const sql of REPLICA_MODEL) await exec(sql);
      return copy;
    });
    const info: ReplicaInfo = { ...result, durationMs: Math.round(performance.now() - started) };
    await store.publish(schema, info);
    return info;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
