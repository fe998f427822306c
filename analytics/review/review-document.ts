import { todayInVietnam } from '../../services/calendar.js';
import { DISCIPLINE_FORM_LABELS } from '../../services/oversight/oversight.labels.js';
import type { Comparison } from '../compare.js';
import { formatVi } from '../format-vi.js';
import type { ReviewFigures } from './review-figures.js';
import { REVIEW_PROGRAMME } from './review-figures.js';
import { capitalised, count, percent } from './vi-numbers.js';

/** A review as structure, before it becomes text, Markdown or DOCX. */
export interface ReviewDocument {
  title: string;
  subtitle: string[];
  sections: { heading: string; paragraphs: string[] }[];
  /** Admissions by unit against the same period: the table and the chart share it. */
  split: { caption: string; unitHeader: string; valueHeader: string; baseHeader: string; rows: SplitRow[] };
  footer: string;
}

export interface SplitRow {
  label: string;
  /** Ranked units (districts, children); the rest (the city's own blocs) are listed but not charted. */
  ranked: boolean;
  value: number;
  baseValue: number;
  percentOfBase: number | null;
}

const KIND_TITLES: Record<string, string> = { half: 'SƠ KẾT', year: 'TỔNG KẾT' };

/** " (khiển trách 08, cảnh cáo 02)": the forms that occurred, lightest first. */
function forms(c: Comparison): string {
  const order = Object.keys(DISCIPLINE_FORM_LABELS);
  const used = c.rows
    .filter((r) => r.value > 0)
    .sort((a, b) => order.indexOf(String(a.key)) - order.indexOf(String(b.key)));
  return used.length ? ` (${used.map((r) => `${r.label.toLowerCase()} ${count(r.value)}`).join(', ')})` : '';
}

/** " bằng 107,3% so với 6 tháng đầu năm 2021 (4.688 đảng viên)" with the change when it is a whole period. */
function againstBase(c: Comparison, unit: string): string {
  const base = `${c.basePeriod.label} (${count(c.baseValue)} ${unit})`;
  if (c.percentOfBase === null) return `; ${base}`;
  const change =
    c.percentOfBase > 100
      ? `, tăng ${percent(c.percentOfBase - 100)}`
      : c.percentOfBase < 100
        ? `, giảm ${percent(100 - c.percentOfBase)}`
        : '';
  return `, bằng ${percent(c.percentOfBase)} so với ${base}${change}`;
}

function growthSection(f: ReviewFigures): { heading: string; paragraphs: string[] } {
  const where = f.isCity ? 'toàn Đảng bộ Thành phố' : f.scope.name;
  const a = f.admissions;
  const plan = f.admissionsPlan;
  const planText =
    plan.target !== null && plan.targetPeriod
      ? `; so với chỉ tiêu kế hoạch ${plan.targetPeriod.label} là ${count(plan.target)} đảng viên, đạt ${percent(plan.percent)}`
      : '';
  const paragraphs = [
    `${capitalised(f.period.label)}, ${where} đã kết nạp ${count(a.value)} đảng viên mới${againstBase(a, 'đảng viên')}${planText}.`,
  ];
  const ns = f.nonStateOrgs;
  paragraphs.push(
    ns.target !== null && ns.targetPeriod
      ? `Thành lập mới ${count(ns.value)}/${count(ns.target)} tổ chức đảng trong các doanh nghiệp khu vực ngoài nhà nước theo chỉ tiêu ${ns.targetPeriod.label}, đạt ${percent(ns.percent)} kế hoạch.`
      : `Thành lập mới ${count(ns.value)} tổ chức đảng trong các doanh nghiệp khu vực ngoài nhà nước.`,
  );
  const c = f.consolidated;
  const w = f.weakConsolidated;
  const year = f.period.to.slice(0, 4);
  const all =
    c.of > 0
      ? `đã củng cố, kiện toàn ${count(c.value)}/${count(c.of)} tổ chức cơ sở đảng thuộc diện phải củng cố trong năm ${year}, đạt tỷ lệ ${percent(c.percent)}`
      : `không có tổ chức cơ sở đảng thuộc diện phải củng cố trong năm ${year}`;
  const weak =
    w.of > 0
      ? `; đối với các tổ chức cơ sở đảng yếu kém được cấp ủy cấp trên theo dõi, chỉ đạo, đã củng cố được ${count(w.value)}/${count(w.of)} tổ chức (${percent(w.percent)})`
      : '';
  paragraphs.push(`Về củng cố tổ chức cơ sở đảng: ${all}${weak}.`);
  return { heading: 'I. CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN VÀ XÂY DỰNG TỔ CHỨC CƠ SỞ ĐẢNG', paragraphs };
}

function oversightSection(f: ReviewFigures): { heading: string; paragraphs: string[] } {
  const o = f.oversight;
  const who = f.isCity
    ? 'Thành ủy, cấp ủy và ủy ban kiểm tra các cấp'
    : `Cấp ủy và ủy ban kiểm tra các cấp thuộc ${f.scope.name}`;
  const paragraphs = [
    `${who} đã tiến hành kiểm tra ${count(o.inspectedOrgs)} tổ chức đảng và ${count(o.inspectedMembers)} đảng viên; giám sát ${count(o.supervisedOrgs)} tổ chức đảng và ${count(o.supervisedMembers)} đảng viên.`,
  ];
  const t = f.programmeTeams;
  if (t.teams > 0) {
    paragraphs.push(
      `Đã thành lập ${count(t.teams)} đoàn kiểm tra việc lãnh đạo, chỉ đạo và tổ chức thực hiện Chương trình số ${REVIEW_PROGRAMME}, kiểm tra ${count(t.orgs)} tổ chức đảng và ${count(t.members)} đảng viên.`,
    );
  }
  paragraphs.push(
    `Đã thi hành kỷ luật ${count(o.disciplinedOrgs)} tổ chức đảng${forms(f.disciplineForms.orgs)} và ${count(o.disciplinedMembers)} đảng viên${forms(f.disciplineForms.members)}.`,
  );
  return { heading: 'II. CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG', paragraphs };
}

function programmeSection(f: ReviewFigures): { heading: string; paragraphs: string[] } | undefined {
  if (f.items.value === 0) return undefined;
  const by = new Map(f.items.rows.map((r) => [r.key, r.value]));
  const parts = [
    `${count(by.get('completed') ?? 0)} nội dung đã hoàn thành`,
    `${count(by.get('draft_submitted') ?? 0)} nội dung đã có dự thảo, đang trình cấp có thẩm quyền xem xét, phê duyệt`,
    `${count(by.get('in_progress') ?? 0)} nội dung đang được cơ quan chủ trì triển khai`,
  ];
  const assigned = by.get('assigned') ?? 0;
  if (assigned > 0) parts.push(`${count(assigned)} nội dung mới được giao, chưa triển khai`);
  return {
    heading: `III. TIẾN ĐỘ CÁC ĐỀ TÀI, ĐỀ ÁN CỦA CHƯƠNG TRÌNH SỐ ${REVIEW_PROGRAMME}`,
    paragraphs: [
      `Tính đến ngày ${formatVi.date(f.itemsAsOf)}, ${count(f.leadAgencies)} cơ quan, đơn vị được giao chủ trì ${count(f.items.value)} đề tài, đề án, chuyên đề, kế hoạch; trong đó ${parts.join('; ')}.`,
    ],
  };
}

/** The statistical part of a review, phrased as Vietnamese administrative reports are, from the figures. */
export function reviewDocument(f: ReviewFigures): ReviewDocument {
  const kind = KIND_TITLES[f.period.kind] ?? 'BÁO CÁO';
  const sections = [growthSection(f), oversightSection(f), programmeSection(f)].filter((s) => s !== undefined);
  const split = f.admissionsSplit;
  return {
    title: `SỐ LIỆU ${kind} ${f.period.label.toUpperCase()}`,
    subtitle: [`Chương trình số ${REVIEW_PROGRAMME} của Thành ủy`, `Phạm vi: ${f.scope.name}`],
    sections,
    split: {
      caption: `Kết nạp đảng viên ${f.period.label} so với ${split.basePeriod.label}, theo ${f.isCity ? 'quận, huyện, thị xã và khối trực thuộc' : 'đơn vị trực thuộc'}`,
      unitHeader: 'Đơn vị',
      valueHeader: capitalised(f.period.label),
      baseHeader: capitalised(split.basePeriod.label),
      rows: split.rows.map((r) => ({
        label: r.label,
        ranked: r.rank !== null,
        value: r.value,
        baseValue: r.baseValue,
        percentOfBase: r.percentOfBase,
      })),
    },
    footer: `Số liệu tổng hợp từ cơ sở dữ liệu, cập nhật đến ngày ${formatVi.date(todayInVietnam(new Date(f.snapshotAt)))}.`,
  };
}
