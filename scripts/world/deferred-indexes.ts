import type pg from 'pg';

interface Definition {
  table: string;
  name: string;
  definition: string;
}

/**
 * Runs a bulk load with the tables' secondary indexes and foreign keys set aside, then rebuilds
 * them: one sort per index and one join per key instead of work per row. Any row the keys reject
 * fails the rebuild, so the caller's transaction still guards consistency.
 */
export async function withIndexesDeferred<T>(
  client: pg.ClientBase,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const { rows: indexes } = await client.query<Definition>(
    `select t.relname as table, ix.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class t on t.oid = i.indrelid join pg_class ix on ix.oid = i.indexrelid
      where t.relname = any($1) and t.relnamespace = current_schema()::regnamespace
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by ix.relname`,
    [tables],
  );
  const { rows: keys } = await client.query<Definition>(
    `select t.relname as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c join pg_class t on t.oid = c.conrelid
      where c.contype = 'f' and t.relname = any($1) and t.relnamespace = current_schema()::regnamespace
      order by t.relname, c.conname`,
    [tables],
  );
  for (const k of keys) await client.query(`alter table "${k.table}" drop constraint "${k.name}"`);
  for (const i of indexes) await client.query(`drop index "${i.name}"`);
  const result = await load();
  await client.query(`set local maintenance_work_mem = '256MB'`);
  for (const i of indexes) await client.query(i.definition);
  for (const k of keys) await client.query(`alter table "${k.table}" add constraint "${k.name}" ${k.definition}`);
  return result;
}
