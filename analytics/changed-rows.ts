import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { type ReplicaSource, SOURCE_KEY, sourceSelect } from './replica-sources.js';

/** One source's rows to replace: the changed ids, and a CSV file of their current rows (none for deletions). */
export interface ChangedSource {
  source: ReplicaSource;
  ids: number[];
  file: string;
}

/** What changed since a horizon, read in one PostgreSQL snapshot (the new horizon). */
export type ChangedRows =
  | { kind: 'changes'; snapshotAt: string; horizon: string; sources: ChangedSource[]; rows: number }
  /** More changes than a catch-up should carry: a full sync is cheaper. */
  | { kind: 'too-many'; changes: number };

/**
 * Reads, in one REPEATABLE READ snapshot, the ids the change log holds for transactions the
 * `since` snapshot did not see (committed later, even with a lower change id), maps them to the
 * sources' keys, and copies those rows' current values (the sources' own filters apply, so a
 * row that left a source is simply not copied again). A change seen twice is harmless: applying
 * it deletes and re-reads the same rows.
 */
export async function readChangedRows(
  client: pg.ClientBase,
  sources: readonly ReplicaSource[],
  since: string,
  dir: string,
  limit: number,
): Promise<ChangedRows> {
  await client.query('begin isolation level repeatable read read only');
  try {
    const [snapshot] = (
      await client.query<{ horizon: string; at: Date }>(
        'select pg_current_snapshot()::text as horizon, statement_timestamp() as at',
      )
    ).rows;
    const unseen = `from replica.change where xid >= pg_snapshot_xmin($1::pg_snapshot)
      and not pg_visible_in_snapshot(xid, $1::pg_snapshot)`;
    const [count] = (await client.query<{ n: string }>(`select count(*) as n ${unseen}`, [since])).rows;
    if (Number(count?.n) > limit) return { kind: 'too-many', changes: Number(count?.n) };
    const changed = new Map<string, number[]>();
    const { rows } = await client.query<{ table_name: string; ids: number[] }>(
      `select table_name, array_agg(distinct row_id) as ids ${unseen} group by table_name`,
      [since],
    );
    for (const r of rows) changed.set(r.table_name, r.ids);
    const out: ChangedSource[] = [];
    let copied = 0;
    for (const source of sources) {
      const ids = new Set(changed.get(source.table) ?? []);
      for (const [table, sql] of Object.entries(source.reads ?? {})) {
        const read = changed.get(table);
        if (!read) continue;
        for (const r of (await client.query<{ id: number }>(sql, [read])).rows) ids.add(r.id);
      }
      if (ids.size === 0) continue;
      const list = [...ids];
      const file = path.join(dir, `${source.table}.csv`);
      const stream = client.query(
        copyTo(`copy (select * from (${sourceSelect(source)}) s where s.${SOURCE_KEY} = any('{${list.join(',')}}'::int[]))
          to stdout with (format csv)`),
      );
      await pipeline(stream, createWriteStream(file));
      copied += stream.rowCount;
      out.push({ source, ids: list, file });
    }
    const at = snapshot?.at ?? new Date();
    return {
      kind: 'changes',
      snapshotAt: at.toISOString(),
      horizon: String(snapshot?.horizon),
      sources: out,
      rows: copied,
    };
  } finally {
    await client.query('rollback');
  }
}
