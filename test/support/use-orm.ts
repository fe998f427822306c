import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll } from 'vitest';
import { initORM } from '../../services/store/orm.js';
import { type DatabaseHandle, useDatabase } from './use-database.js';

export interface OrmHandle extends DatabaseHandle {
  orm: MikroORM;
}

/** useDatabase on a fresh migrated database, plus a MikroORM instance over it. */
export function useOrm(): OrmHandle {
  // orm is set by the beforeAll below, before any test reads it.
  const handle = useDatabase() as OrmHandle;
  beforeAll(async () => {
    handle.orm = await initORM(handle.db.url, 2);
  });
  // Vitest runs after-hooks in reverse order: the ORM closes before the database is dropped.
  afterAll(async () => {
    await handle.orm?.close();
  });
  return handle;
}
