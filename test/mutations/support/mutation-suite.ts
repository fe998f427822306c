import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { type Fixture, seedFixture } from './fixture.js';
import type { MutationCase, Transport } from './mutation-case.js';
import { tableDigest } from './table-digest.js';

export interface SuiteLevel {
  name: string;
  caller: string;
  /** Starts whatever the level needs on the database and returns its transport. */
  open(databaseUrl: string): Promise<{ transport: Transport; close(): Promise<void> }>;
  servicesOnly: boolean;
}

/**
 * Runs every case in order on one database seeded with the fixture: a refusal must carry its code
 * and field and leave every table as it was; a success must write what `verify` expects.
 */
export function describeMutationCases(level: SuiteLevel, groups: Record<string, MutationCase[]>): void {
  describe(`mutations at the ${level.name} level`, () => {
    let database: TestDatabase;
    let db: pg.Client;
    let fx: Fixture;
    let transport: Transport;
    let close = async () => {};

    beforeAll(async () => {
      database = await createTestDatabase();
      db = new pg.Client({ connectionString: database.url });
      await db.connect();
      fx = await seedFixture(db);
      ({ transport, close } = await level.open(database.url));
    });

    afterAll(async () => {
      await close();
      await db?.end();
      await database?.drop();
    });

    for (const [group, cases] of Object.entries(groups)) {
      describe(group, () => {
        for (const c of cases.filter((c) => level.servicesOnly || !c.servicesOnly)) {
          it(c.title, async () => {
            const before = c.refused ? await tableDigest(db) : undefined;
            const outcome = await transport(c.mutation, c.input(fx));
            if (c.refused) {
              expect(outcome).toMatchObject({ error: { code: c.refused.code, field: c.refused.field } });
              expect(await tableDigest(db)).toEqual(before);
              return;
            }
            if ('error' in outcome) expect.fail(`refused: ${JSON.stringify(outcome.error)}`);
            await c.verify?.({ db, id: outcome.id, fx, caller: level.caller });
          });
        }
      });
    }
  });
}
