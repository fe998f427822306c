import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { METRICS } from '../../analytics/metric-catalogue.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { askPostgres } from './support/postgres-oracle.js';
import { loadRandomWorld, type RandomWorld } from './support/random-world.js';
import { expectMetricRollsUp } from './support/rollup-property.js';

let db: TestDatabase;
let world: RandomWorld;
let engine: AnalyticsEngine;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await loadRandomWorld(db.url, 20220713);
  engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
  await engine.sync();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await engine?.close();
  await db?.drop();
});

describe('roll-ups add up (seeded random periods and scopes)', () => {
  it.each(METRICS.map((m) => [m.id, m] as const))('%s', async (_id, metric) => {
    // The root half the time: the city is the scope most questions ask about.
    const pickScope = (rnd: () => number) =>
      rnd() < 0.5 ? world.rootId : (world.organisations[Math.floor(rnd() * world.organisations.length)]?.id as number);
    const nonZero = await expectMetricRollsUp(engine, client, metric, pickScope, 10);
    // The random world must give every metric something to count, or the checks prove little.
    expect(nonZero).toBeGreaterThan(0);
  });

  it('a batch of organisations gets the same values as asking each scope alone', async () => {
    const ids = world.organisations.map((o) => o.id);
    const batch = await engine.organisationValues('members', '2022-H1', ids);
    const alone = await Promise.all(
      ids.map((id) => engine.compare({ metric: 'members', period: '2022-H1', scope: id }).then((c) => c.value)),
    );
    expect(batch).toEqual(alone);
    expect(batch[0]).toBeGreaterThan(0);
  });

  it('a flow series is gap-filled and its points add up to the whole range; a stock series reads each end', async () => {
    const flow = await engine.series({ metric: 'admissions', from: '2021-02-10', to: '2022-Q2', grain: 'MONTH' });
    expect(flow.map((p) => p.period.key)).toEqual([
      '2021-02-10..2021-02-28',
      ...['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2021-${m}`),
      ...['01', '02', '03', '04', '05', '06'].map((m) => `2022-${m}`),
    ]);
    const whole = await engine.compare({ metric: 'admissions', period: '2021-02-10..2022-06-30' });
    expect(flow.reduce((s, p) => s + p.value, 0)).toBe(whole.value);

    // Twelve points: more than the filtered-aggregate path takes, so the range-join path answers.
    const stock = await engine.series({ metric: 'members', from: '2021-01', to: '2021-12', grain: 'MONTH' });
    expect(stock).toHaveLength(12);
    for (const point of stock) {
      expect(point.value).toBe(await askPostgres(client, 'members', point.period, world.rootId));
    }
  });

  it('ranks a split and labels what lies outside every district', async () => {
    const c = await engine.compare({ metric: 'members', period: '2022', groupBy: 'DISTRICT' });
    expect(c.rows.map((r) => r.label)).toContain('Khối, ngành Thành phố');
    expect(c.rows.filter((r) => r.organisationId !== null)).toHaveLength(3);
    expect(c.rows.find((r) => r.organisationId === null)?.rank).toBeNull();
  });
});
