import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startGateway, type TestGateway } from '../support/gateway.js';
import { loadRandomWorld, type RandomWorld } from './support/random-world.js';

let db: TestDatabase;
let world: RandomWorld;
let engine: AnalyticsEngine;
let api: TestGateway;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await loadRandomWorld(db.url, 99);
  engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
  await engine.sync();
  api = await startGateway(db.url, { analytics: engine, onCommitted: () => engine.requestSync() });
});

afterAll(async () => {
  await api?.close();
  await engine?.close();
  await db?.drop();
});

const COMPARE = `query ($metric: String!, $period: String!, $baseline: Baseline, $scope: ID, $groupBy: GroupBy,
                          $breakdown: String, $where: [DimensionFilter!]) {
  compare(metric: $metric, period: $period, baseline: $baseline, scope: $scope, groupBy: $groupBy,
          breakdown: $breakdown, where: $where) {
    value baseValue delta ratio percentOfBase reason valueText percentOfBaseText
    period { key label from to } basePeriod { key label }
    scope { id name }
    rows { label rank value baseValue percentOfBase dimensionValue organisation { id name } }
  }
}`;

describe('analytics through GraphQL', () => {
  it('compare answers as the engine does, with labels, texts and row organisations', async () => {
    const direct = await engine.compare({ metric: 'admissions', period: '2022-H1', groupBy: 'DISTRICT' });
    const res = await api.ask<{ compare: Record<string, unknown> & { rows: Record<string, unknown>[] } }>(COMPARE, {
      metric: 'admissions',
      period: '2022-H1',
      groupBy: 'DISTRICT',
    });
    expect(res.errors).toBeUndefined();
    const c = res.data?.compare;
    expect(c).toMatchObject({
      value: direct.value,
      baseValue: direct.baseValue,
      percentOfBase: direct.percentOfBase,
      period: { key: '2022-H1', label: '6 tháng đầu năm 2022', from: '2022-01-01', to: '2022-06-30' },
      basePeriod: { key: '2021-H1', label: '6 tháng đầu năm 2021' },
      scope: { id: toGlobalId('Organisation', world.rootId), name: 'Thành ủy' },
    });
    expect(c?.rows.map((r) => [r.label, r.value, r.rank])).toEqual(direct.rows.map((r) => [r.label, r.value, r.rank]));
    const districts = c?.rows.filter((r) => r.organisation !== null) ?? [];
    expect(districts.map((r) => (r.organisation as { name: string }).name)).toEqual(districts.map((r) => r.label));
    expect(c?.rows.find((r) => r.organisation === null)?.label).toBe('Khối, ngành Thành phố');
  });

  it('filters and breaks down by dimensions, with Vietnamese labels', async () => {
    const res = await api.ask<{ compare: { value: number; rows: { label: string; dimensionValue: string }[] } }>(
      COMPARE,
      {
        metric: 'disciplined_members',
        period: '2022',
        breakdown: 'form',
        where: [{ dimension: 'acting_body', values: ['inspection_commission'] }],
      },
    );
    expect(res.errors).toBeUndefined();
    const labels = Object.fromEntries(res.data?.compare.rows.map((r) => [r.dimensionValue, r.label]) ?? []);
    expect(labels).toMatchObject({ reprimand: 'Khiển trách', warning: 'Cảnh cáo', expulsion: 'Khai trừ' });
    const all = await engine.compare({ metric: 'disciplined_members', period: '2022' });
    expect(res.data?.compare.value).toBeLessThan(all.value);
  });

  it('attainment, share, series, metrics and analyticsStatus answer', async () => {
    const res = await api.ask<{
      attainment: Record<string, unknown>;
      share: Record<string, unknown>;
      series: { period: { key: string }; value: number }[];
      metrics: { id: string; dimensions: { id: string }[] }[];
      analyticsStatus: { ready: boolean; rows: number; snapshotAt: string };
    }>(`{
      attainment(metric: "admissions", period: "2022-H1") {
        value target percent percentText targetPeriod { key } scope { name }
      }
      share(metric: "grassroots_consolidated", period: "2022") { value of percent percentText reason }
      series(metric: "admissions", from: "2022-01", to: "2022-06", grain: QUARTER) { period { key } value }
      metrics { id dimensions { id } }
      analyticsStatus { ready rows snapshotAt durationMs }
    }`);
    expect(res.errors).toBeUndefined();
    const direct = await engine.attainment({ metric: 'admissions', period: '2022-H1' });
    expect(res.data?.attainment).toMatchObject({
      value: direct.value,
      target: 80,
      percent: direct.percent,
      targetPeriod: { key: '2022-H1' },
      scope: { name: 'Thành ủy' },
    });
    expect(res.data?.series.map((p) => p.period.key)).toEqual(['2022-Q1', '2022-Q2']);
    expect(res.data?.series.reduce((s, p) => s + p.value, 0)).toBe(direct.value);
    expect(res.data?.metrics.map((m) => m.id)).toEqual(expect.arrayContaining(['admissions', 'members', 'exits']));
    expect(res.data?.analyticsStatus).toMatchObject({
      ready: true,
      snapshotAt: engine.status().snapshotAt?.toISOString(),
    });
  });

  it('Organisation.metric over a list makes one analytics query for the whole list', async () => {
    const spy = vi.spyOn(engine, 'organisationValues');
    try {
      const res = await api.ask<{
        organisations: { edges: { node: { id: string; metric: { value: number; valueText: string } } }[] };
      }>(
        `{ organisations(first: 30) { edges { node { id metric(id: "members", period: "2022") { value valueText } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data?.organisations.edges.map((e) => e.node) ?? [];
      expect(nodes.length).toBeGreaterThan(10);
      expect(spy).toHaveBeenCalledTimes(1);
      for (const node of nodes.slice(0, 5)) {
        const id = Number(Buffer.from(node.id, 'base64').toString().split(':')[1]);
        const alone = await engine.compare({ metric: 'members', period: '2022', scope: id });
        expect(node.metric.value).toBe(alone.value);
      }
    } finally {
      spy.mockRestore();
    }
  });
  it('a committed mutation asks for a sync: the new admission is counted shortly after', async () => {
    const cell = world.organisations.find((o) => o.kind === 'cell')?.id as number;
    const day = '2024-06-03';
    const before = (await engine.compare({ metric: 'admissions', period: day })).value;
    const res = await api.ask(`mutation ($input: AdmitMemberInput!) { admitMember(input: $input) { id } }`, {
      input: {
        cellId: toGlobalId('Organisation', cell),
        admittedOn: day,
        person: { fullName: 'Trần Thị Mai', sex: 'FEMALE', birthYear: 1995, education: 'UNIVERSITY' },
      },
    });
    expect(res.errors).toBeUndefined();
    await expect
      .poll(async () => (await engine.compare({ metric: 'admissions', period: day })).value, { timeout: 15_000 })
      .toBe(before + 1);
  });
});

describe('bad inputs', () => {
  const personId = toGlobalId('Person', 1);
  it.each([
    ['compare', { metric: 'nope', period: '2022' }, 'UNKNOWN_METRIC', ['metric'], /Unknown metric "nope"/],
    ['compare', { metric: 'admissions', period: '2022-H3' }, 'INVALID_PERIOD', ['period'], /H1 or H2/],
    ['compare', { metric: 'admissions', period: '2022-13' }, 'INVALID_PERIOD', ['period'], /month 13/],
    ['compare', { metric: 'admissions', period: '2022-09..2022-01' }, 'INVALID_PERIOD', ['period'], /ends before/],
    ['compare', { metric: 'admissions', period: '2022', scope: 'xyz' }, 'INVALID_SCOPE', ['scope'], /not an id/],
    ['compare', { metric: 'admissions', period: '2022', scope: personId }, 'INVALID_SCOPE', ['scope'], /Person/],
    [
      'compare',
      { metric: 'admissions', period: '2022', scope: toGlobalId('Organisation', 999999) },
      'INVALID_SCOPE',
      ['scope'],
      /not in the analytics replica/,
    ],
    [
      'compare',
      { metric: 'programme_items', period: '2022', groupBy: 'DISTRICT' },
      'GROUPING_NOT_ALLOWED',
      ['groupBy'],
      /cannot be grouped by DISTRICT/,
    ],
    [
      'compare',
      { metric: 'admissions', period: '2022', breakdown: 'form' },
      'GROUPING_NOT_ALLOWED',
      ['breakdown'],
      /no dimension "form"/,
    ],
    [
      'compare',
      { metric: 'admissions', period: '2022', breakdown: 'sex', groupBy: 'DISTRICT' },
      'GROUPING_NOT_ALLOWED',
      ['breakdown'],
      /either groupBy or breakdown/,
    ],
    [
      'compare',
      { metric: 'admissions', period: '2022', where: [{ dimension: 'colour', values: ['red'] }] },
      'INVALID_FILTER',
      ['where', 0, 'dimension'],
      /no dimension "colour"/,
    ],
    [
      'compare',
      { metric: 'admissions', period: '2022', where: [{ dimension: 'sex', values: ['female', 'other'] }] },
      'INVALID_FILTER',
      ['where', 0, 'values', 1],
      /"other" is not a value of sex/,
    ],
  ])('%s %j → %s', async (_q, variables, code, field, message) => {
    const res = await api.ask(COMPARE, variables);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it.each([
    ['{ share(metric: "admissions", period: "2022") { value } }', 'SHARE_NOT_DEFINED', ['metric']],
    [
      '{ share(metric: "grassroots_consolidated", period: "2021-07..2022-06") { value } }',
      'INVALID_PERIOD',
      ['period'],
    ],
    ['{ attainment(metric: "admissions", period: "2022-Q5") { value } }', 'INVALID_PERIOD', ['period']],
    ['{ series(metric: "admissions", from: "2022", to: "2021", grain: MONTH) { value } }', 'INVALID_PERIOD', ['to']],
    ['{ series(metric: "admissions", from: "20x", to: "2022", grain: MONTH) { value } }', 'INVALID_PERIOD', ['from']],
    ['{ series(metric: "admissions", from: "1900", to: "2100", grain: MONTH) { value } }', 'INVALID_PERIOD', ['grain']],
  ])('%s → %s', async (query, code, field) => {
    const res = await api.ask(query);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(res.errors?.[0]?.message.length).toBeGreaterThan(10);
  });

  it('a bad metric on a field of a list fails that field with its code and keeps the rest', async () => {
    const res = await api.ask<{ organisations: { edges: { node: { name: string; metric: unknown } }[] } }>(
      `{ organisations(first: 3) { edges { node { name metric(id: "nope", period: "2022") { value } } } } }`,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNKNOWN_METRIC', field: ['id'] });
    expect(res.errors?.[0]?.message).not.toMatch(/select|duckdb/i);
  });

  it('an unknown baseline is refused by the schema', async () => {
    const res = await api.ask('{ compare(metric: "admissions", period: "2022", baseline: LAST_DECADE) { value } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/Baseline/);
  });

  it('after every refusal the server still answers', async () => {
    const res = await api.ask<{ compare: { value: number } }>(COMPARE, { metric: 'members', period: '2022' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.compare.value).toBeGreaterThan(0);
  });
});
