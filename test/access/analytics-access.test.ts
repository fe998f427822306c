import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { foldSmallGroups } from '../../analytics/small-groups.js';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { loadRandomWorld } from '../analytics/support/random-world.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type Credential, startGateway, type TestGateway } from '../support/gateway.js';

const COMPARE = `query($scope: ID, $groupBy: GroupBy, $breakdown: String, $where: [DimensionFilter!], $period: String! = "2022") {
  compare(metric: "admissions", period: $period, scope: $scope, groupBy: $groupBy, breakdown: $breakdown, where: $where) {
    value baseValue scope { id name } rows { label value baseValue organisation { id } }
  } }`;

describe('analytics under access control', () => {
  let db: TestDatabase;
  let engine: AnalyticsEngine;
  let gw: TestGateway;
  let district: { id: number; code: string };
  let other: { id: number; code: string };
  let analyst: Credential;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadRandomWorld(db.url, 7);
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    [district, other] = (
      await sql.query<{ id: number; code: string }>(
        "select id, code from organisation where kind = 'district_committee' order by id limit 2",
      )
    ).rows as [{ id: number; code: string }, { id: number; code: string }];
    await sql.end();
    engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
    await engine.sync();
    gw = await startGateway(db.url, { analytics: engine });
    analyst = await gw.credential('analyst', district.code);
  });

  afterAll(async () => {
    await gw?.close();
    await engine?.close();
    await db?.drop();
  });

  it("answers for the caller's own scope by default, equal to asking for it", async () => {
    const mine = await gw.ask(COMPARE, {}, analyst);
    expect(mine.data.compare.scope.id).toBe(toGlobalId('Organisation', district.id));
    const direct = await engine.compare({ metric: 'admissions', period: '2022', scope: district.id });
    expect(mine.data.compare.value).toBe(direct.value);
  });

  it('refuses a scope outside the caller’s, and the city', async () => {
    for (const id of [other.id, 1]) {
      const reply = await gw.ask(COMPARE, { scope: toGlobalId('Organisation', id) }, analyst);
      expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: ['scope'] });
    }
    const share = await gw.ask(
      `query($s: ID) { share(metric: "grassroots_consolidated", period: "2022", scope: $s) { value } }`,
      { s: toGlobalId('Organisation', other.id) },
      analyst,
    );
    expect(share.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('splits only inside the scope, rows adding up to it', async () => {
    const reply = await gw.ask(COMPARE, { groupBy: 'DIRECT_CHILDREN' }, analyst);
    const { value, rows } = reply.data.compare;
    expect(rows.reduce((n: number, r: { value: number }) => n + r.value, 0)).toBe(value);
    const inside = await gw.ask('{ organisations(first: 500) { nodes { id } } }', {}, analyst);
    const ids = new Set(inside.data.organisations.nodes.map((n: { id: string }) => n.id));
    for (const r of rows) if (r.organisation) expect(ids.has(r.organisation.id)).toBe(true);
  });

  it('refuses a filter on personal data to a role without it, and grants it to one with it', async () => {
    const where = [{ dimension: 'education', values: ['university'] }];
    const refused = await gw.ask(COMPARE, { where }, analyst);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: ['where', 0, 'dimension'] });
    const granted = await gw.ask(COMPARE, { where }, await gw.credential('admin', district.code));
    expect(granted.errors).toBeUndefined();
  });

  it('folds groups under 5 people of a personal split for a role without personal data; totals unchanged', async () => {
    const admin = await gw.credential('admin', district.code);
    const small = (n: number) => n > 0 && n < 5;
    type Row = { label: string; value: number; baseValue: number };
    // A month of the district small enough to hold groups of under 5 people, or this test proves nothing.
    let period: string | undefined;
    let full: { value: number; rows: Row[] } | undefined;
    for (let m = 1; m <= 12 && !period; m++) {
      const candidate = `2022-${String(m).padStart(2, '0')}`;
      const c = (await gw.ask(COMPARE, { breakdown: 'education', period: candidate }, admin)).data.compare;
      if (c.rows.some((r: Row) => small(r.value) || small(r.baseValue))) [period, full] = [candidate, c];
    }
    expect(period, 'a month with small groups').toBeDefined();
    const folded = (await gw.ask(COMPARE, { breakdown: 'education', period }, analyst)).data.compare;
    expect(folded.value).toBe(full?.value);
    const rows = folded.rows as Row[];
    // A small row is only allowed when it is the whole split: then it shows no more than the total does.
    if (rows.length > 1) for (const r of rows) expect(small(r.value) || small(r.baseValue), r.label).toBe(false);
    else expect(rows[0]).toMatchObject({ value: folded.value, baseValue: folded.baseValue });
    expect(rows.length).toBeLessThan((full?.rows ?? []).length);
    expect(rows.reduce((n, r) => n + r.value, 0)).toBe(folded.value);
  });
});

describe('folding small groups', () => {
  const row = (label: string, value: number, baseValue: number) => ({
    key: label,
    label,
    organisationId: null,
    value,
    baseValue,
    rank: 1,
  });

  it('leaves a split without small groups as it is', () => {
    const rows = [row('a', 10, 9), row('b', 0, 0), row('c', 7, 5)];
    expect(foldSmallGroups(rows)).toEqual(rows);
  });

  it('folds every small group, now or in the base, into one row', () => {
    const out = foldSmallGroups([row('a', 10, 9), row('b', 3, 9), row('c', 8, 2), row('d', 40, 50)]);
    expect(out.map((r) => [r.label, r.value, r.baseValue])).toEqual([
      ['a', 10, 9],
      ['d', 40, 50],
      ['Các nhóm dưới 5 người (gộp)', 11, 11],
    ]);
  });

  it('adds the next smallest group while the folded row is itself small, or alone', () => {
    const alone = foldSmallGroups([row('a', 9, 9), row('b', 2, 7), row('c', 30, 30)]);
    expect(alone.map((r) => r.label)).toEqual(['c', 'Các nhóm dưới 5 người (gộp)']);
    expect(alone.at(-1)).toMatchObject({ value: 11, baseValue: 16 });
    const tiny = foldSmallGroups([row('a', 1, 6), row('b', 1, 6), row('c', 6, 6), row('d', 50, 50)]);
    expect(tiny.at(-1)).toMatchObject({ value: 8, baseValue: 18 });
  });
});
