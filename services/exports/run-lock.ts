import pg from 'pg';

/** Key space of the advisory locks that say "an attempt of this run is in progress". */
const RUN_LOCK = 0x65787074; // "expt"

/**
 * Holds a session advisory lock on a run while `work` runs, so a second attempt (a job expired and
 * retried while the first still writes) does nothing; PostgreSQL drops the lock with the session
 * when a process dies, so a killed attempt never blocks its retry. Returns false if it is held.
 */
export async function whileHoldingRun(databaseUrl: string, runId: number, work: () => Promise<void>): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A database restart while the run writes must not end the process; the attempt fails and is retried.
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query('select pg_try_advisory_lock($1, $2) as held', [RUN_LOCK, runId]);
    if (!rows[0]?.held) return false;
    await work();
    return true;
  } finally {
    await client.end().catch(() => {});
  }
}
