import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase, type WorldOptions } from './database.js';

export interface DatabaseHandle {
  db: TestDatabase;
  sql: pg.Client;
}

/**
 * Registers the hooks that give the enclosing describe block its own test database (holding `world`
 * when given) and a connected client on it. The fields are set by beforeAll, so read them inside
 * tests and hooks, never at collection time.
 */
export function useDatabase(world?: WorldOptions): DatabaseHandle {
  const handle = {} as DatabaseHandle;
  beforeAll(async () => {
    handle.db = await createTestDatabase(world);
    handle.sql = new pg.Client({ connectionString: handle.db.url });
    await handle.sql.connect();
  });
  afterAll(async () => {
    await handle.sql?.end();
    await handle.db?.drop();
  });
  return handle;
}
