import { describe, expect, it } from 'vitest';
import { useOrm } from '../support/use-orm.js';

describe('migrations', () => {
  const fx = useOrm();

  it('leave no difference between the entities and the migrated database', async () => {
    expect(await fx.orm.migrator.checkMigrationNeeded()).toBe(false);
  });

  it('are all applied', async () => {
    expect(await fx.orm.migrator.getPendingMigrations()).toEqual([]);
  });
});
