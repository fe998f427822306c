import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { METRICS } from '../../analytics/metric-catalogue.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { expectMetricRollsUp } from './support/rollup-property.js';

let db: TestDatabase;
let engine: AnalyticsEngine;
let client: pg.Client;
let root: number;
let districtLevel: number[];
let anywhere: number[];

beforeAll(async () => {
  db = await createTestDatabase({ scale: 1 });
  engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
  await engine.sync();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const ids = async (where: string) =>
    (await client.query<{ id: number }>(`select id from organisation where ${where} order by id`)).rows.map(
      (r) => r.id,
    );
  [root] = await ids("code = 'TU'");
  districtLevel = await ids(`parent_id = ${root}`);
  anywhere = await ids(
    `path[1] = ${root} and kind in ('grassroots_committee', 'grassroots_cell', 'partial_committee')`,
  );
});

afterAll(async () => {
  await client?.end();
  await engine?.close();
  await db?.drop();
});

describe('roll-ups add up on the scale-1 world', () => {
  it.each(METRICS.map((m) => [m.id, m] as const))('%s', async (_id, metric) => {
    const pickScope = (rnd: () => number) => {
      const r = rnd();
      const from = r < 0.4 ? [root] : r < 0.7 ? districtLevel : anywhere;
      return from[Math.floor(rnd() * from.length)] as number;
    };
    await expectMetricRollsUp(engine, client, metric, pickScope, 3);
  });
});
