import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckStore } from '../../analytics/duckdb-store.js';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { syncReplica } from '../../analytics/sync.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { insert, loadRandomWorld, type RandomWorld } from './support/random-world.js';

let db: TestDatabase;
let world: RandomWorld;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await loadRandomWorld(db.url, 7);
  dir = await mkdtemp(path.join(tmpdir(), 'analytics-sync-test-'));
});

afterAll(async () => {
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Admissions in 2030 and members on its last day: the writer below adds one of each per transaction. */
async function pair(engine: AnalyticsEngine): Promise<{ admitted: number; members: number }> {
  const [admitted, members] = await Promise.all([
    engine.compare({ metric: 'admissions', period: '2030' }),
    engine.compare({ metric: 'members', period: '2030' }),
  ]);
  return { admitted: admitted.value, members: members.value - members.baseValue };
}

describe('sync', () => {
  it('under concurrent writes, every replica is one PostgreSQL snapshot: never half a pair', async () => {
    const engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:', copySessions: 3 });
    const writer = new pg.Client({ connectionString: db.url });
    await writer.connect();
    const cell = world.organisations.find((o) => o.kind === 'cell')?.id as number;
    let committed = 0;
    let stop = false;
    // Each transaction adds a member and their admission event, in two tables copied by different sessions.
    const writing = (async () => {
      for (let i = 0; !stop; i++) {
        await writer.query('begin');
        const { rows } = await writer.query<{ id: number }>(
          "insert into person (full_name, sex, birth_year, education) values ($1, 'female', 1990, 'university') returning id",
          [`Người viết ${i}`],
        );
        const person = rows[0]?.id as number;
        const member = await writer.query<{ id: number }>(
          "insert into member (person_id, cell_id, admitted_on, probation_ends_on, status) values ($1, $2, '2030-03-02', '2031-03-02', 'probationary') returning id",
          [person, cell],
        );
        await insert(writer, 'membership_event', [
          {
            member_id: member.rows[0]?.id as number,
            kind: 'admission',
            occurred_on: '2030-03-02',
            organisation_id: cell,
          },
        ]);
        await writer.query('commit');
        committed++;
      }
    })();
    try {
      const seen: number[] = [];
      for (let round = 0; round < 10; round++) {
        const low = committed;
        await engine.sync();
        const high = committed;
        const now = await pair(engine);
        expect(now.members, 'members and admissions come from the same snapshot').toBe(now.admitted);
        // The snapshot was taken during the sync, so it holds what was committed by some moment in between.
        expect(now.admitted).toBeGreaterThanOrEqual(low);
        expect(now.admitted).toBeLessThanOrEqual(high);
        seen.push(now.admitted);
      }
      // The writer really ran during the syncs: the replicas saw different states.
      expect(new Set(seen).size).toBeGreaterThan(1);
    } finally {
      stop = true;
      await writing;
      await writer.end();
      await engine.close();
    }
  });

  it('a reader keeps its generation while a newer one is published, then the old one is dropped', async () => {
    const store = new DuckStore(path.join(dir, 'generations.duckdb'));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await syncReplica(db.url, store);
      const count = "select count(*) as n from org where name = 'Tổ chức mới'";
      await store.read(async (oldGeneration) => {
        await client.query(
          "insert into organisation (code, name, kind, branch, parent_id, founded_on) values ('NEW1', 'Tổ chức mới', 'cell', 'party', $1, '2022-01-01')",
          [world.rootId],
        );
        await syncReplica(db.url, store);
        expect((await oldGeneration(count))[0]?.n).toBe(0);
        await store.read(async (newGeneration) => expect((await newGeneration(count))[0]?.n).toBe(1));
        expect((await oldGeneration(count))[0]?.n).toBe(0);
      });
      expect(await generations(store)).toHaveLength(1);
    } finally {
      await client.query("delete from organisation where code = 'NEW1'");
      await client.end();
      await store.close();
    }
  });

  it('a failed sync leaves the previous replica answering, also after a restart on the same file', async () => {
    const file = path.join(dir, 'failing.duckdb');
    const first = new AnalyticsEngine({ databaseUrl: db.url, path: file });
    const good = await first.sync();
    const value = (await first.compare({ metric: 'members', period: '2022' })).value;
    await first.close();

    const broken = new URL(db.url);
    broken.pathname = '/no_such_database_for_analytics';
    const second = new AnalyticsEngine({ databaseUrl: broken.toString(), path: file });
    try {
      await expect(second.sync()).rejects.toThrow(/no_such_database_for_analytics/);
      const status = second.status();
      expect(status.ready).toBe(true);
      expect(status.lastFailureAt).toBeInstanceOf(Date);
      expect(status.snapshotAt?.toISOString()).toBe(good.snapshotAt);
      expect((await second.compare({ metric: 'members', period: '2022' })).value).toBe(value);
    } finally {
      await second.close();
    }
  });

  it('a sync failing half-way leaves the previous replica and no half-built generation behind', async () => {
    const file = path.join(dir, 'half-way.duckdb');
    const engine = new AnalyticsEngine({ databaseUrl: db.url, path: file });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const good = await engine.sync();
      const value = (await engine.compare({ metric: 'admissions', period: '2022' })).value;
      // The other tables copy and load while this one fails.
      await client.query('alter table inspection_team rename to inspection_team_away');
      try {
        await expect(engine.sync()).rejects.toThrow(/inspection_team/);
      } finally {
        await client.query('alter table inspection_team_away rename to inspection_team');
      }
      expect(engine.status().snapshotAt?.toISOString()).toBe(good.snapshotAt);
      expect((await engine.compare({ metric: 'admissions', period: '2022' })).value).toBe(value);
    } finally {
      await client.end();
      await engine.close();
    }
    const store = new DuckStore(file);
    try {
      expect(await generations(store)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('requestSync debounces a burst of writes into one sync', async () => {
    const lines: string[] = [];
    const engine = new AnalyticsEngine({
      databaseUrl: db.url,
      path: ':memory:',
      debounceMs: 100,
      log: (l) => lines.push(l),
    });
    try {
      for (let i = 0; i < 5; i++) engine.requestSync();
      expect(engine.status().ready).toBe(false);
      await expect.poll(() => engine.status().ready, { timeout: 10_000 }).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(lines.filter((l) => l.startsWith('analytics synced'))).toHaveLength(1);
      expect(engine.status()).toMatchObject({ syncing: false, lastFailureAt: null });
      expect(engine.status().rows).toBeGreaterThan(1000);
    } finally {
      await engine.close();
    }
  });
});

/** The replica generations (schemas g_<n>) the DuckDB file holds. */
function generations(store: DuckStore) {
  return store.read((q) =>
    q("select schema_name from information_schema.schemata where schema_name like 'g\\_%' escape '\\'"),
  );
}
