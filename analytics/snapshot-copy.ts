import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { type ReplicaSource, sourceSelect } from './replica-sources.js';

export interface SnapshotCopy {
  /** When PostgreSQL took the snapshot every table was read in. */
  snapshotAt: string;
  rows: number;
  /** The snapshot itself (`pg_snapshot` text): what the replica holds, for catch-ups to start from. */
  horizon: string;
}

/** Loads one copied CSV file; runs while the next tables are still being copied. */
export type LoadCsv = (source: ReplicaSource, file: string) => Promise<void>;

/**
 * Copies `sources` as CSV files into `dir`, all from one PostgreSQL snapshot: a REPEATABLE READ
 * transaction exports it and `sessions - 1` more sessions adopt it, so tables are copied in
 * parallel yet agree with each other. Each finished file is handed to `load` at once.
 */
export async function copySnapshot(
  databaseUrl: string,
  sources: readonly ReplicaSource[],
  dir: string,
  load: LoadCsv,
  sessions: number,
): Promise<SnapshotCopy> {
  const clients: pg.Client[] = [];
  const loads: Promise<void>[] = [];
  try {
    for (let i = 0; i < Math.max(1, Math.min(sessions, sources.length)); i++) {
      const client = new pg.Client({ connectionString: databaseUrl });
      // A server restart mid-copy surfaces as the failed query, not as an uncaught event.
      client.on('error', () => {});
      clients.push(client);
      await client.connect();
    }
    const [leader, ...followers] = clients as [pg.Client, ...pg.Client[]];
    await leader.query('begin isolation level repeatable read read only');
    const { rows } = await leader.query<{ id: string; at: Date; horizon: string }>(
      'select pg_export_snapshot() as id, statement_timestamp() as at, pg_current_snapshot()::text as horizon',
    );
    const snapshot = rows[0] as { id: string; at: Date; horizon: string };
    for (const f of followers) {
      await f.query('begin isolation level repeatable read read only');
      await f.query(`set transaction snapshot '${snapshot.id}'`);
    }
    const queue = [...sources];
    let copied = 0;
    await Promise.all(
      clients.map(async (client) => {
        for (let source = queue.shift(); source; source = queue.shift()) {
          const file = path.join(dir, `${source.table}.csv`);
          const stream = client.query(copyTo(`copy (${sourceSelect(source)}) to stdout with (format csv)`));
          await pipeline(stream, createWriteStream(file));
          copied += stream.rowCount;
          const loading = load(source, file);
          // Handled here so an early failure is not an unhandled rejection; Promise.all below reports it.
          loading.catch(() => {});
          loads.push(loading);
        }
      }),
    );
    await Promise.all(loads);
    return { snapshotAt: snapshot.at.toISOString(), rows: copied, horizon: snapshot.horizon };
  } finally {
    // Loads still running on failure must settle before the caller removes their files.
    await Promise.allSettled(loads);
    await Promise.allSettled(clients.map((c) => c.end()));
  }
}
