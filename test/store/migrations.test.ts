import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initORM } from '../../services/store/orm.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await initORM(db.url, 2);
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('leave no difference between the entities and the migrated database', async () => {
    expect(await orm.migrator.checkMigrationNeeded()).toBe(false);
  });

  it('are all applied', async () => {
    expect(await orm.migrator.getPendingMigrations()).toEqual([]);
  });
});
