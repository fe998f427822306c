import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDatabase } from '../../support/use-database.js';
import { type Fixture, seedFixture } from './fixture.js';
import type { MutationCase, Transport } from './mutation-case.js';
import { tableDigest } from './table-digest.js';

export interface Opened {
  transport: Transport;
  /** Who `transport` writes as: what created_by must hold. */
  caller: string;
  /** The same, as an editor whose scope holds nothing the cases name: every write must be FORBIDDEN. */
  outsider: Transport;
  close(): Promise<void>;
  /** How many commits were reported to `onCommitted` so far, where the level can observe it. */
  commits?(): number;
}

export interface SuiteLevel {
  name: string;
  /** Starts whatever the level needs on the database and returns its transport. */
  open(databaseUrl: string): Promise<Opened>;
  /** Whether inputs are given with global ids, as GraphQL clients give them. */
  globalIds: boolean;
}

/**
 * Runs every case in order on one database seeded with the fixture: a refusal must carry its code
 * and field and leave every table as it was; a success must first be refused as FORBIDDEN, writing
 * nothing, to an editor of another subtree, then write what `verify` expects.
 */
export function describeMutationCases(level: SuiteLevel, groups: Record<string, MutationCase[]>): void {
  describe(`mutations at the ${level.name} level`, () => {
    const store = useDatabase();
    let fx: Fixture;
    let opened: Opened | undefined;

    beforeAll(async () => {
      fx = await seedFixture(store.sql);
      opened = await level.open(store.db.url);
    });

    afterAll(async () => {
      await opened?.close();
    });

    for (const [group, cases] of Object.entries(groups)) {
      describe(group, () => {
        for (const c of cases.filter((c) => level.globalIds || !c.graphqlOnly)) {
          it(c.title, async () => {
            const { transport, commits } = opened as Opened;
            const before = c.refused ? await tableDigest(store.sql) : undefined;
            const commitsBefore = commits?.();
            const outcome = await transport(c.mutation, c.input(fx));
            if (!c.refused) {
              const untouched = await tableDigest(store.sql);
              const outside = await (opened as Opened).outsider(c.mutation, c.input(fx));
              expect(outside, 'an editor of another subtree').toMatchObject({ error: { code: 'FORBIDDEN' } });
              expect(await tableDigest(store.sql)).toEqual(untouched);
            }
            if (c.refused) {
              expect(outcome).toMatchObject({ error: { code: c.refused.code, field: c.refused.field } });
              expect(await tableDigest(store.sql)).toEqual(before);
              expect(commits?.()).toBe(commitsBefore);
              return;
            }
            if ('error' in outcome) expect.fail(`refused: ${JSON.stringify(outcome.error)}`);
            if (commitsBefore !== undefined) expect(commits?.()).toBe(commitsBefore + 1);
            await c.verify?.({ db: store.sql, id: outcome.id, fx, caller: (opened as Opened).caller });
          });
        }
      });
    }
  });
}
