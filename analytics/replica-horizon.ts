import type pg from 'pg';

/** A replica not heard of for this long is taken for gone: the log is pruned past it (it full-syncs if it returns). */
const HORIZON_TTL = '1 day';

/**
 * The horizons of the replicas sharing one database (each server keeps its own DuckDB file), in
 * `replica.horizon`: the change log is kept from the oldest live one on.
 */
export const replicaHorizon = {
  /**
   * Records that `replicaId` holds `snapshot` (or is about to: a full sync records the current one
   * first, so nothing it needs is pruned while it copies), then prunes the log below the oldest
   * horizon.
   */
  async hold(client: pg.ClientBase, replicaId: string, snapshot: string | 'now'): Promise<void> {
    const xmin = snapshot === 'now' ? 'pg_snapshot_xmin(pg_current_snapshot())' : 'pg_snapshot_xmin($2::pg_snapshot)';
    await client.query(
      `insert into replica.horizon (replica_id, oldest_xid) values ($1, ${xmin})
       on conflict (replica_id) do update set oldest_xid = excluded.oldest_xid, updated_at = now()`,
      snapshot === 'now' ? [replicaId] : [replicaId, snapshot],
    );
    await client.query(`delete from replica.horizon where updated_at < now() - interval '${HORIZON_TTL}'`);
    await client.query('delete from replica.change where xid < (select min(oldest_xid) from replica.horizon)');
  },

  /** Forgets a replica that is gone for good (a temporary file). */
  async release(client: pg.ClientBase, replicaId: string): Promise<void> {
    await client.query('delete from replica.horizon where replica_id = $1', [replicaId]);
  },

  /** Whether the log still holds everything after this replica's horizon (false: it was pruned as gone, or reseeded). */
  async held(client: pg.ClientBase, replicaId: string): Promise<boolean> {
    const { rowCount } = await client.query('select 1 from replica.horizon where replica_id = $1', [replicaId]);
    return rowCount === 1;
  },
};
