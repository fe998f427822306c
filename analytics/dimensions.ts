import {
  EDUCATION_LABELS,
  HOST_SECTOR_LABELS,
  ORGANISATION_KIND_LABELS,
  SEX_LABELS,
} from '../services/hierarchy/hierarchy.labels.js';
import { CELL_KINDS, GRASSROOTS_KINDS } from '../services/hierarchy/organisation-kinds.js';
import { EXIT_REASON_LABELS } from '../services/membership/membership.labels.js';
import { ACTING_BODY_LABELS, DISCIPLINE_FORM_LABELS } from '../services/oversight/oversight.labels.js';
import { ITEM_STATUS_LABELS, PROGRAMME_ITEM_KIND_LABELS } from '../services/programmes/programmes.labels.js';

/** An attribute of a fact that a metric can be filtered on and broken down by; `id` is also its column. */
export interface Dimension {
  id: string;
  label: { vi: string; en: string };
  /** The closed list of values with their Vietnamese labels; absent for open values (codes, plan names). */
  values?: Readonly<Record<string, string>>;
  /** Personal data of members (Decree 13/2023): split only in aggregates with small groups folded. */
  personal?: true;
}

const dimension = (id: string, vi: string, en: string, values?: Record<string, string>): Dimension => ({
  id,
  label: { vi, en },
  values,
});

export const DIMENSIONS = {
  sex: dimension('sex', 'Giới tính', 'Sex', SEX_LABELS),
  education: { ...dimension('education', 'Trình độ học vấn', 'Education', EDUCATION_LABELS), personal: true },
  exit_reason: dimension('exit_reason', 'Lý do ra khỏi Đảng', 'Reason for leaving', EXIT_REASON_LABELS),
  form: dimension('form', 'Hình thức kỷ luật', 'Disciplinary form', DISCIPLINE_FORM_LABELS),
  oversight_type: dimension('oversight_type', 'Loại kiểm tra, giám sát', 'Inspection or supervision type', {
    regular: 'Thường xuyên',
    thematic: 'Chuyên đề',
    signs_of_violation: 'Khi có dấu hiệu vi phạm',
    enforcement: 'Việc thi hành kỷ luật',
  }),
  acting_body: dimension('acting_body', 'Chủ thể thực hiện', 'Acting body', ACTING_BODY_LABELS),
  team_programme: dimension('team_programme', 'Chương trình của đoàn kiểm tra', "Inspection team's programme"),
  host_sector: dimension('host_sector', 'Loại hình', 'Host sector', HOST_SECTOR_LABELS),
  // The kinds the organisation metrics count: grassroots organisations and cells.
  org_kind: dimension(
    'org_kind',
    'Loại tổ chức đảng',
    'Organisation kind',
    Object.fromEntries([...new Set([...GRASSROOTS_KINDS, ...CELL_KINDS])].map((k) => [k, ORGANISATION_KIND_LABELS[k]])),
  ),
  plan: dimension('plan', 'Kế hoạch, nghị quyết', 'Plan'),
  programme: dimension('programme', 'Chương trình', 'Programme'),
  item_kind: dimension('item_kind', 'Loại nhiệm vụ', 'Item kind', PROGRAMME_ITEM_KIND_LABELS),
  status: dimension('status', 'Tình trạng', 'Status', ITEM_STATUS_LABELS),
} as const satisfies Record<string, Dimension>;

export type DimensionId = keyof typeof DIMENSIONS;
