import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { figure } from '../support/facts.js';
import { startGateway, type TestGateway } from '../support/gateway.js';

let db: TestDatabase;
let engine: AnalyticsEngine;
let api: TestGateway;

beforeAll(async () => {
  db = await createTestDatabase({ scale: 1 });
  engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
  await engine.sync();
  api = await startGateway(db.url, { analytics: engine, onCommitted: () => engine.requestSync() });
});

afterAll(async () => {
  await api?.close();
  await engine?.close();
  await db?.drop();
});

const context = (id: string) => figure(id, true);

async function ask<T>(query: string): Promise<T> {
  const res = await api.ask<T>(query);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

const PROGRAMME_01 = 'where: [{ dimension: "programme", values: ["01-CTr/TU"] }]';
const TEAMS_01 = 'where: [{ dimension: "team_programme", values: ["01-CTr/TU"] }]';
const SIGNS_BY_COMMISSIONS =
  'where: [{ dimension: "oversight_type", values: ["signs_of_violation"] }, { dimension: "acting_body", values: ["inspection_commission"] }]';

describe('the figures of the 2022-07-13 review, through the GraphQL API at scale 1', () => {
  it('admissions in 2022-H1: 5.030, 107,3% of the same period of 2021', async () => {
    const { compare } = await ask<{ compare: Record<string, unknown> }>(`{
      compare(metric: "admissions", period: "2022-H1") {
        value percentOfBase valueText percentOfBaseText period { label } basePeriod { label }
      }
    }`);
    expect(compare).toEqual({
      value: figure('admissions').value,
      percentOfBase: figure('admissions').ratio_pct,
      valueText: '5.030',
      percentOfBaseText: '107,3%',
      period: { label: '6 tháng đầu năm 2022' },
      basePeriod: { label: '6 tháng đầu năm 2021' },
    });
  });

  it('2021 admissions: 112,9% of 2020 and 102,9% of the plan', async () => {
    const data = await ask<{ compare: Record<string, unknown>; attainment: Record<string, unknown> }>(`{
      compare(metric: "admissions", period: "2021") { value percentOfBase }
      attainment(metric: "admissions", period: "2021") { value target percent }
    }`);
    const c = context('admissions');
    expect(data.compare).toEqual({ value: c.value, percentOfBase: 100 + (c.growth_vs_2020_pct as number) });
    expect(data.attainment).toEqual({ value: c.value, target: c.target, percent: c.attainment_pct });
  });

  it('party organisations founded in non-state enterprises: 56 of the 68 planned for 2022, 82,4%', async () => {
    const { attainment } = await ask<{ attainment: Record<string, unknown> }>(`{
      attainment(metric: "non_state_enterprise_orgs", period: "2022-H1") {
        value target percent percentText targetPeriod { key }
      }
    }`);
    const f = figure('non_state_enterprise_orgs');
    expect(attainment).toEqual({
      value: f.value,
      target: f.target,
      percent: f.attainment_pct,
      percentText: '82,4%',
      targetPeriod: { key: '2022' },
    });
  });

  it('consolidation: 7 of 39 (17,9%) and 5 of 14 weak organisations', async () => {
    const data = await ask<{ all: Record<string, unknown>; weak: Record<string, unknown> }>(`{
      all: share(metric: "grassroots_consolidated", period: "2022-H1") { value of percent percentText }
      weak: share(metric: "weak_grassroots_consolidated", period: "2022-H1") { value of }
    }`);
    const all = figure('grassroots_consolidated');
    const weak = figure('weak_grassroots_consolidated');
    expect(data.all).toEqual({ value: all.value, of: all.of, percent: all.share_pct, percentText: '17,9%' });
    expect(data.weak).toEqual({ value: weak.value, of: weak.of });
  });

  it('oversight in 2022-H1: 533, 187, 243, 160, 10, 359', async () => {
    const ids = [
      'inspected_orgs',
      'inspected_members',
      'supervised_orgs',
      'supervised_members',
      'disciplined_orgs',
      'disciplined_members',
    ];
    const data = await ask<Record<string, { value: number }>>(
      `{ ${ids.map((id) => `${id}: compare(metric: "${id}", period: "2022-H1") { value }`).join('\n')} }`,
    );
    expect(Object.fromEntries(ids.map((id) => [id, data[id]?.value]))).toEqual(
      Object.fromEntries(ids.map((id) => [id, figure(id).value])),
    );
  });

  it('Programme 01-CTr/TU on 2022-07-13: 34 items (24 completed, 5 drafts submitted, 5 in progress), 11 lead agencies', async () => {
    const data = await ask<{
      items: { value: number; rows: { dimensionValue: string; value: number }[] };
      agencies: { value: number };
    }>(`{
      items: compare(metric: "programme_items", period: "2022-07-13", breakdown: "status", ${PROGRAMME_01}) {
        value rows { dimensionValue value }
      }
      agencies: compare(metric: "programme_lead_agencies", period: "2022-07-13", ${PROGRAMME_01}) { value }
    }`);
    const f = figure('program01_items');
    const byStatus = Object.fromEntries(
      data.items.rows.filter((r) => r.value > 0).map((r) => [r.dimensionValue, r.value]),
    );
    expect(data.items.value).toBe(f.value);
    expect(byStatus).toEqual({
      completed: f.by_status?.completed,
      draft_submitted: f.by_status?.draft_submitted_for_approval,
      in_progress: f.by_status?.in_progress,
    });
    expect(data.agencies.value).toBe(f.lead_agencies);
  });

  it('the 5 teams of the Standing Committee on Programme 01 and what they inspected: 15 organisations, 25 members', async () => {
    const data = await ask<Record<string, { value: number }>>(`{
      teams: compare(metric: "inspection_teams", period: "2022-H1", ${TEAMS_01}) { value }
      orgs: compare(metric: "inspected_orgs", period: "2022-H1", ${TEAMS_01}) { value }
      members: compare(metric: "inspected_members", period: "2022-H1", ${TEAMS_01}) { value }
    }`);
    const f = figure('program01_inspection_teams');
    expect([data.teams?.value, data.orgs?.value, data.members?.value]).toEqual([
      f.value,
      f.subjects?.organisations,
      f.subjects?.members,
    ]);
  });

  it('2022 discipline by form and inspections on signs of violation by the inspection commissions', async () => {
    const data = await ask<{
      members: { value: number; rows: { dimensionValue: string; value: number }[] };
      orgs: { value: number; rows: { dimensionValue: string; value: number }[] };
      signsOrgs: { value: number };
      signsMembers: { value: number };
    }>(`{
      members: compare(metric: "disciplined_members", period: "2022", breakdown: "form") { value rows { dimensionValue value } }
      orgs: compare(metric: "disciplined_orgs", period: "2022", breakdown: "form") { value rows { dimensionValue value } }
      signsOrgs: compare(metric: "inspected_orgs", period: "2022", ${SIGNS_BY_COMMISSIONS}) { value }
      signsMembers: compare(metric: "inspected_members", period: "2022", ${SIGNS_BY_COMMISSIONS}) { value }
    }`);
    const nonZero = (rows: { dimensionValue: string; value: number }[]) =>
      Object.fromEntries(rows.filter((r) => r.value > 0).map((r) => [r.dimensionValue, r.value]));
    const members = context('disciplined_members');
    expect(data.members.value).toBe(members.value);
    expect(nonZero(data.members.rows)).toEqual({
      reprimand: members.by_form?.['khiển trách'],
      warning: members.by_form?.['cảnh cáo'],
      dismissal: members.by_form?.['cách chức'],
      expulsion: members.by_form?.['khai trừ'],
    });
    const orgs = context('disciplined_orgs');
    expect(data.orgs.value).toBe(orgs.value);
    expect(nonZero(data.orgs.rows)).toEqual({
      reprimand: orgs.by_form?.['khiển trách'],
      warning: orgs.by_form?.['cảnh cáo'],
    });
    const signs = context('inspections_on_signs_of_violation');
    expect([data.signsOrgs.value, data.signsMembers.value]).toEqual([signs.organisations, signs.members]);
  });

  it('members at 2020-10-31 within 1% of 450.000; the district split adds up and ranks 30 districts', async () => {
    const data = await ask<{
      members: { value: number };
      split: {
        value: number;
        rows: { label: string; value: number; rank: number | null; organisation: { name: string } | null }[];
      };
      city: { metric: { value: number } };
    }>(`{
      members: compare(metric: "members", period: "2020-10") { value }
      split: compare(metric: "admissions", period: "2022-H1", groupBy: DISTRICT) {
        value rows { label value rank organisation { name } }
      }
      city: organisation(code: "TU") { metric(id: "admissions", period: "2022-H1") { value } }
    }`);
    const approx = context('party_members_total').value_approx as number;
    expect(Math.abs(data.members.value - approx) / approx).toBeLessThanOrEqual(0.01);
    expect(data.split.value).toBe(figure('admissions').value);
    expect(data.split.rows.reduce((s, r) => s + r.value, 0)).toBe(data.split.value);
    expect(data.split.rows.filter((r) => r.rank !== null)).toHaveLength(30);
    expect(data.split.rows.find((r) => r.organisation === null)?.label).toBe('Khối, ngành Thành phố');
    expect(data.city.metric.value).toBe(figure('admissions').value);
  });
});
