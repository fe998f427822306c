import type pg from 'pg';

interface Definition {
  table: string;
  name: string;
  definition: string;
}

/** Rebuilds the secondary indexes of one loaded table; the returned promise settles when PostgreSQL is done. */
export type RebuildIndexes = (table: string) => Promise<void>;

/**
 * Runs a bulk load with the tables' secondary indexes and foreign keys set aside, then rebuilds
 * them: one sort per index and one join per key instead of work per row. `load` may rebuild a
 * table's indexes as soon as that table is in, so PostgreSQL sorts while the next table is
 * encoded; the rest are rebuilt afterwards. Any row the keys reject fails the rebuild, so the
 * caller's transaction still guards consistency.
 */
export async function withIndexesDeferred<T>(
  client: pg.ClientBase,
  tables: readonly string[],
  load: (rebuild: RebuildIndexes) => Promise<T>,
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
  await client.query(`set local maintenance_work_mem = '256MB'`);
  const rebuilt = new Set<string>();
  const rebuild: RebuildIndexes = async (table) => {
    if (rebuilt.has(table)) return;
    rebuilt.add(table);
    for (const i of indexes) if (i.table === table) await client.query(i.definition);
  };
  const result = await load(rebuild);
  for (const table of tables) await rebuild(table);
  for (const k of keys) await client.query(`alter table "${k.table}" add constraint "${k.name}" ${k.definition}`);
  return result;
}
