import type pg from 'pg';

/** One row of a table by id, dates as YYYY-MM-DD text, for checking what a mutation wrote. */
export async function rowOf(db: pg.Client, table: string, id: number): Promise<Record<string, unknown>> {
  const r = await db.query(`select to_jsonb(t) as row from "${table}" t where id = $1`, [id]);
  return (r.rows[0]?.row ?? {}) as Record<string, unknown>;
}

/** Calendar days relative to now in Hà Nội (UTC+7, no daylight saving), computed independently of the code under test. */
export function hanoiDay(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
