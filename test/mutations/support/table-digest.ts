import type pg from 'pg';

/**
 * Row count and a hash of every row of every application table but the audit log (whose job is to
 * record refusals too) and the API keys (which record their last use): equal digests before and
 * after a refused mutation show that it wrote nothing.
 */
export async function tableDigest(db: pg.Client): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE'
       and table_name not in ('mikro_orm_migrations', 'audit_log', 'api_key')
     order by 1`,
  );
  const digest: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await db.query<{ n: string; h: string | null }>(
      `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as h from "${name}" t`,
    );
    digest[name] = `${r.rows[0]?.n}:${r.rows[0]?.h ?? ''}`;
  }
  return digest;
}
