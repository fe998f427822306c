import { DomainError } from '../services/errors.js';
import { CELL_KINDS, GRASSROOTS_KINDS } from '../services/hierarchy/organisation-kinds.js';
import type { DimensionId } from './dimensions.js';

export const GROUP_BYS = ['DIRECT_CHILDREN', 'DISTRICT'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export type FactTable =
  | 'membership_event_fact'
  | 'member_spell'
  | 'organisation_spell'
  | 'oversight_fact'
  | 'consolidation_fact'
  | 'inspection_team_fact'
  | 'item_status_spell';

/** A spell table's ends in end order, and its starts and ends summed by year (replica-model.ts, summed-stock-sql.ts). */
export interface Summed {
  ends: string;
  years: string;
}

/** Dimensions a fact table reads from another table by key, joined only when a question uses them. */
export interface Lookup {
  table: FactTable;
  key: string;
  columns: readonly string[];
}

/**
 * Replica fact tables (see replica-model.ts); spells are measured at a day, the others over a range;
 * `placed` ones carry their placement's district and path (placement.ts); `summed` ones also have
 * their changes summed by year, which answer a stock at the top of the tree without reading every spell.
 * Events look up the member's sex and education in member_spell: joining them at sync time would
 * cost more than the rare question that splits events by them.
 */
export const FACT_TABLES: Readonly<
  Record<FactTable, { spell: boolean; placed?: true; summed?: Summed; lookup?: Lookup }>
> = {
  membership_event_fact: {
    spell: false,
    placed: true,
    lookup: { table: 'member_spell', key: 'member_id', columns: ['sex', 'education'] },
  },
  member_spell: { spell: true, placed: true, summed: { ends: 'member_end', years: 'member_change_year' } },
  organisation_spell: { spell: true },
  oversight_fact: { spell: false },
  consolidation_fact: { spell: false },
  inspection_team_fact: { spell: false },
  item_status_spell: { spell: true },
};

/**
 * One countable figure. `flow` counts records whose day falls in the period; `stock` counts spells
 * open at the period's last day. `count: 'subjects'` counts each subject once per period, placed
 * where its latest record in the period places it, so every split of the tree partitions the total.
 */
export interface MetricDefinition {
  id: string;
  label: { vi: string; en: string };
  description: string;
  unit: 'member' | 'organisation' | 'event' | 'item' | 'team';
  kind: 'flow' | 'stock';
  source: FactTable;
  /** Fixed conditions on the source's columns that define the metric. */
  filters: Readonly<Record<string, string | readonly string[]>>;
  count: 'rows' | 'subjects';
  dimensions: readonly DimensionId[];
  groupings: readonly GroupBy[];
  /** For shares: the designations of this kind, for the period's year, are the population. */
  shareOf?: 'to_consolidate' | 'weak';
}

const BOTH: readonly GroupBy[] = GROUP_BYS;

const admissionsLike = (
  id: string,
  eventKind: string,
  vi: string,
  en: string,
  description: string,
  dimensions: readonly DimensionId[] = ['sex', 'education'],
): MetricDefinition => ({
  id,
  label: { vi, en },
  description,
  unit: 'event',
  kind: 'flow',
  source: 'membership_event_fact',
  filters: { event_kind: eventKind },
  count: 'rows',
  dimensions,
  groupings: BOTH,
});

const OVERSIGHT_DIMENSIONS: Record<'inspection' | 'supervision' | 'discipline', readonly DimensionId[]> = {
  inspection: ['oversight_type', 'acting_body', 'team_programme'],
  supervision: ['oversight_type', 'acting_body'],
  discipline: ['form', 'acting_body'],
};

const oversight = (
  id: string,
  source: keyof typeof OVERSIGHT_DIMENSIONS,
  subject: 'organisation' | 'member',
  vi: string,
  en: string,
): MetricDefinition => ({
  id,
  label: { vi, en },
  description: `Distinct ${subject}s that are subjects of a ${source} record dated in the period, placed where the latest such record places them.`,
  unit: subject,
  kind: 'flow',
  source: 'oversight_fact',
  filters: { source, subject_kind: subject },
  count: 'subjects',
  dimensions: OVERSIGHT_DIMENSIONS[source],
  groupings: BOTH,
});

const consolidated = (id: string, kind: 'to_consolidate' | 'weak', vi: string, en: string): MetricDefinition => ({
  id,
  label: { vi, en },
  description: `Consolidations dated in the period of organisations designated "${kind}"; as a share, of the designations of that kind for the period's year.`,
  unit: 'organisation',
  kind: 'flow',
  source: 'consolidation_fact',
  filters: { designation_kind: kind },
  count: 'rows',
  dimensions: ['plan'],
  groupings: BOTH,
  shareOf: kind,
});

/** Every metric the platform answers, in the order `metrics` lists them. */
export const METRICS: readonly MetricDefinition[] = [
  admissionsLike(
    'admissions',
    'admission',
    'Kết nạp đảng viên',
    'Members admitted',
    'Admission events dated in the period, counted in the cell that admitted.',
  ),
  admissionsLike(
    'full_memberships',
    'full_membership',
    'Công nhận đảng viên chính thức',
    'Members made full members',
    'Full-membership events dated in the period, counted in the cell of the member on that day.',
  ),
  admissionsLike(
    'exits',
    'exit',
    'Đảng viên ra khỏi Đảng',
    'Members who left the Party',
    'Exit events (death, expulsion, removal, resignation) dated in the period, counted in the cell left.',
    ['exit_reason', 'sex', 'education'],
  ),
  admissionsLike(
    'transfers_in',
    'transfer_in',
    'Đảng viên chuyển đến',
    'Members transferred in',
    'Transfer-in events dated in the period, counted in the receiving cell.',
  ),
  admissionsLike(
    'transfers_out',
    'transfer_out',
    'Đảng viên chuyển đi',
    'Members transferred out',
    'Transfer-out events dated in the period, counted in the cell left.',
  ),
  {
    id: 'members',
    label: { vi: 'Tổng số đảng viên', en: 'Party members' },
    description:
      'Members on the roll on the last day of the period (admitted, or arrived from elsewhere, by then and not left), in their cell.',
    unit: 'member',
    kind: 'stock',
    source: 'member_spell',
    filters: {},
    count: 'rows',
    dimensions: ['sex', 'education'],
    groupings: BOTH,
  },
  {
    id: 'grassroots_orgs',
    label: { vi: 'Tổ chức cơ sở đảng', en: 'Grassroots party organisations' },
    description: 'Grassroots committees and grassroots cells founded by the last day of the period and not dissolved.',
    unit: 'organisation',
    kind: 'stock',
    source: 'organisation_spell',
    filters: { org_kind: GRASSROOTS_KINDS },
    count: 'rows',
    dimensions: ['org_kind', 'host_sector'],
    groupings: BOTH,
  },
  {
    id: 'party_cells',
    label: { vi: 'Chi bộ', en: 'Party cells' },
    description: 'Cells and grassroots cells founded by the last day of the period and not dissolved.',
    unit: 'organisation',
    kind: 'stock',
    source: 'organisation_spell',
    filters: { org_kind: CELL_KINDS },
    count: 'rows',
    dimensions: ['org_kind', 'host_sector'],
    groupings: BOTH,
  },
  {
    id: 'non_state_enterprise_orgs',
    label: {
      vi: 'Tổ chức đảng thành lập trong doanh nghiệp ngoài khu vực nhà nước',
      en: 'Party organisations founded in non-state enterprises',
    },
    description: 'Grassroots committees and grassroots cells hosted by non-state enterprises, founded in the period.',
    unit: 'organisation',
    kind: 'flow',
    source: 'organisation_spell',
    filters: { host_sector: 'non_state_enterprise', org_kind: GRASSROOTS_KINDS },
    count: 'rows',
    dimensions: ['org_kind'],
    groupings: BOTH,
  },
  consolidated(
    'grassroots_consolidated',
    'to_consolidate',
    'Tổ chức cơ sở đảng được củng cố, kiện toàn',
    'Grassroots organisations consolidated',
  ),
  consolidated(
    'weak_grassroots_consolidated',
    'weak',
    'Tổ chức cơ sở đảng yếu kém được củng cố',
    'Weak grassroots organisations consolidated',
  ),
  oversight(
    'inspected_orgs',
    'inspection',
    'organisation',
    'Tổ chức đảng được kiểm tra',
    'Party organisations inspected',
  ),
  oversight('inspected_members', 'inspection', 'member', 'Đảng viên được kiểm tra', 'Party members inspected'),
  oversight(
    'supervised_orgs',
    'supervision',
    'organisation',
    'Tổ chức đảng được giám sát',
    'Party organisations supervised',
  ),
  oversight('supervised_members', 'supervision', 'member', 'Đảng viên được giám sát', 'Party members supervised'),
  oversight(
    'disciplined_orgs',
    'discipline',
    'organisation',
    'Tổ chức đảng bị kỷ luật',
    'Party organisations disciplined',
  ),
  oversight('disciplined_members', 'discipline', 'member', 'Đảng viên bị kỷ luật', 'Party members disciplined'),
  {
    id: 'inspections',
    label: { vi: 'Cuộc kiểm tra', en: 'Inspections' },
    description: 'Inspection records dated in the period (one per subject and day), by type.',
    unit: 'event',
    kind: 'flow',
    source: 'oversight_fact',
    filters: { source: 'inspection' },
    count: 'rows',
    dimensions: OVERSIGHT_DIMENSIONS.inspection,
    groupings: BOTH,
  },
  {
    id: 'inspection_teams',
    label: { vi: 'Đoàn kiểm tra được thành lập', en: 'Inspection teams formed' },
    description: 'Inspection teams formed in the period, counted at the body that formed them.',
    unit: 'team',
    kind: 'flow',
    source: 'inspection_team_fact',
    filters: {},
    count: 'rows',
    dimensions: ['team_programme'],
    groupings: ['DIRECT_CHILDREN'],
  },
  {
    id: 'programme_items',
    label: { vi: 'Đề tài, đề án, chuyên đề, kế hoạch', en: 'Programme items' },
    description:
      "Programme items assigned by the last day of the period, by their status on that day; counted under the programme's steering committee (else the lead agency).",
    unit: 'item',
    kind: 'stock',
    source: 'item_status_spell',
    filters: {},
    count: 'rows',
    dimensions: ['status', 'programme', 'item_kind'],
    groupings: ['DIRECT_CHILDREN'],
  },
  {
    id: 'programme_lead_agencies',
    label: { vi: 'Cơ quan chủ trì', en: 'Lead agencies' },
    description:
      'Distinct lead agencies of the programme items assigned by the last day of the period; each counted where its latest item is.',
    unit: 'organisation',
    kind: 'stock',
    source: 'item_status_spell',
    filters: {},
    count: 'subjects',
    dimensions: ['status', 'programme', 'item_kind'],
    groupings: ['DIRECT_CHILDREN'],
  },
];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

/** The metric named `id`, or UNKNOWN_METRIC naming the argument it came from. */
export function findMetric(id: string, field: readonly (string | number)[] = ['metric']): MetricDefinition {
  const metric = BY_ID.get(id);
  if (!metric) {
    throw new DomainError('UNKNOWN_METRIC', `Unknown metric "${id}"; the metrics query lists the known ones`, field);
  }
  return metric;
}
