import pg from 'pg';

/**
 * Runs `work` holding a PostgreSQL session advisory lock on `key`, on a connection of its own;
 * PostgreSQL drops the lock with the session if the process dies. `wait: false` gives up at once
 * (returning false) when another session holds it.
 */
export async function withAdvisoryLock(
  databaseUrl: string,
  key: readonly [number, number],
  wait: boolean,
  work: () => Promise<void>,
): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A database restart while `work` runs must not end the process; the work fails on its own connection.
  client.on('error', () => {});
  await client.connect();
  try {
    if (wait) await client.query('select pg_advisory_lock($1, $2)', [...key]);
    else {
      const { rows } = await client.query('select pg_try_advisory_lock($1, $2) as held', [...key]);
      if (!rows[0]?.held) return false;
    }
    await work();
    return true;
  } finally {
    await client.end().catch(() => {});
  }
}
