import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { buildReview } from '../../analytics/review/review.js';
import { reviewDocx } from '../../analytics/review/review-docx.js';
import { initORM } from '../../services/store/orm.js';
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
  api = await startGateway(db.url, { analytics: engine });
});

afterAll(async () => {
  await api?.close();
  await engine?.close();
  await db?.drop();
});

/** How the article prints a count: thousands with a dot, one to nine with a leading zero (05, 07). */
const printed = (n: number) => (n > 0 && n < 10 ? `0${n}` : n.toLocaleString('de-DE'));
/** And a percent: one decimal with a comma. */
const pct = (p: number) => `${p.toFixed(1).replace('.', ',')}%`;

async function review(
  period: string,
  scope?: string,
): Promise<{ text: string; markdown: string; period: { label: string } }> {
  const res = await api.ask<{ review: { text: string; markdown: string; period: { label: string } } }>(
    'query ($period: String!, $scope: ID) { review(period: $period, scope: $scope) { period { label } text markdown } }',
    { period, scope },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.review as { text: string; markdown: string; period: { label: string } };
}

describe('the review of 2022-H1 for the whole city', () => {
  let text: string;
  beforeAll(async () => {
    ({ text } = await review('2022-H1'));
  });

  it('prints every figure of facts.json as the article prints it', () => {
    const a = figure('admissions');
    const ns = figure('non_state_enterprise_orgs');
    const c = figure('grassroots_consolidated');
    const w = figure('weak_grassroots_consolidated');
    const teams = figure('program01_inspection_teams');
    const items = figure('program01_items');
    const expected = [
      `${printed(a.value as number)} đảng viên`,
      pct(a.ratio_pct as number),
      `${printed(ns.value as number)}/${printed(ns.target as number)} tổ chức đảng`,
      pct(ns.attainment_pct as number),
      `${printed(c.value as number)}/${printed(c.of as number)} tổ chức cơ sở đảng`,
      pct(c.share_pct as number),
      `${printed(w.value as number)}/${printed(w.of as number)}`,
      `kiểm tra ${printed(figure('inspected_orgs').value as number)} tổ chức đảng và ${printed(figure('inspected_members').value as number)} đảng viên`,
      `giám sát ${printed(figure('supervised_orgs').value as number)} tổ chức đảng và ${printed(figure('supervised_members').value as number)} đảng viên`,
      `kỷ luật ${printed(figure('disciplined_orgs').value as number)} tổ chức đảng`,
      `${printed(figure('disciplined_members').value as number)} đảng viên (`,
      `${printed(teams.value as number)} đoàn kiểm tra`,
      `${printed(teams.subjects?.organisations as number)} tổ chức đảng và ${printed(teams.subjects?.members as number)} đảng viên`,
      `${printed(items.lead_agencies as number)} cơ quan, đơn vị`,
      `${printed(items.value as number)} đề tài, đề án, chuyên đề, kế hoạch`,
      `${printed(items.by_status?.completed as number)} nội dung đã hoàn thành`,
      `${printed(items.by_status?.draft_submitted_for_approval as number)} nội dung đã có dự thảo`,
      `${printed(items.by_status?.in_progress as number)} nội dung đang được cơ quan chủ trì triển khai`,
      `Tính đến ngày 13/07/2022`,
      '6 tháng đầu năm 2022',
    ];
    for (const phrase of expected) expect(text, phrase).toContain(phrase);
  });

  it('lists the discipline of members by form, adding up to the total', () => {
    const forms = /(\d[\d.]*) đảng viên \(([^)]*)\)/.exec(text.split('kỷ luật')[1] ?? '');
    const sum = (forms?.[2] ?? '').split(', ').reduce((s, part) => s + Number(part.split(' ').at(-1)), 0);
    expect(sum).toBe(figure('disciplined_members').value);
  });
});

describe('the review of 2021', () => {
  it('gives 10.027 admissions, 112,9% of 2020 (up 12,9%) and 102,9% of the plan of 9.744', async () => {
    const { text, period } = await review('2021');
    const a = figure('admissions', true);
    expect(period.label).toBe('năm 2021');
    for (const phrase of [
      `${printed(a.value as number)} đảng viên mới`,
      pct(100 + (a.growth_vs_2020_pct as number)),
      `tăng ${pct(a.growth_vs_2020_pct as number)}`,
      `(${printed(a.implies?.['2020'] as number)} đảng viên)`,
      `${printed(a.target as number)} đảng viên, đạt ${pct(a.attainment_pct as number)}`,
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });
});

describe('the review of a district', () => {
  it("gives the district's own figures, equal to compare with that scope", async () => {
    const org = await api.ask<{ organisation: { id: string; name: string } }>(
      '{ organisation(code: "TU-001") { id name } }',
    );
    const scope = org.data?.organisation.id as string;
    const res = await api.ask<Record<string, { value: number; percentOfBase: number }>>(
      `query ($scope: ID) {
        admissions: compare(metric: "admissions", period: "2022-H1", scope: $scope) { value percentOfBase }
        inspectedOrgs: compare(metric: "inspected_orgs", period: "2022-H1", scope: $scope) { value }
        inspectedMembers: compare(metric: "inspected_members", period: "2022-H1", scope: $scope) { value }
        disciplinedMembers: compare(metric: "disciplined_members", period: "2022-H1", scope: $scope) { value }
      }`,
      { scope },
    );
    const f = res.data as Record<string, { value: number; percentOfBase: number }>;
    const { text, markdown } = await review('2022-H1', scope);
    expect(text).toContain(`Phạm vi: ${org.data?.organisation.name}`);
    expect(text).toContain(
      `đã kết nạp ${printed(f.admissions?.value as number)} đảng viên mới, bằng ${pct(f.admissions?.percentOfBase as number)}`,
    );
    expect(text).toContain(
      `kiểm tra ${printed(f.inspectedOrgs?.value as number)} tổ chức đảng và ${printed(f.inspectedMembers?.value as number)} đảng viên`,
    );
    expect(text).toContain(`${printed(f.disciplinedMembers?.value as number)} đảng viên`);
    expect(text).not.toContain('đoàn kiểm tra việc lãnh đạo');
    expect(markdown).toMatch(/^# SỐ LIỆU SƠ KẾT 6 THÁNG ĐẦU NĂM 2022/);
  });
});

describe('the DOCX', () => {
  it('is a Word package with the review text, its table and the chart as a PNG', async () => {
    const orm = await initORM(db.url, 1);
    try {
      const review = await buildReview(engine, orm.em.fork(), '2022-H1');
      const docx = await reviewDocx(review.document);
      const zip = await JSZip.loadAsync(docx);
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const words = xml.replaceAll(/<[^>]+>/g, '');
      expect(words).toContain(review.document.sections[0]?.paragraphs[0]);
      for (const row of review.document.split.rows) expect(words).toContain(row.label);
      const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
      expect(media).toHaveLength(1);
      const png = await zip.file(media[0] as string)?.async('nodebuffer');
      expect([...(png as Buffer).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    } finally {
      await orm.close();
    }
  });
});
