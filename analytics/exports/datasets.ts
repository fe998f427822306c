import { EXIT_REASON_LABELS, MEMBERSHIP_EVENT_KIND_LABELS } from '../../services/membership/membership.labels.js';
import {
  ACTING_BODY_LABELS,
  DESIGNATION_KIND_LABELS,
  DISCIPLINE_FORM_LABELS,
  INSPECTION_TYPE_LABELS,
  SUPERVISION_TYPE_LABELS,
} from '../../services/oversight/oversight.labels.js';
import type { ExportColumn } from './export-table.js';

/** An event-level extract: a replica fact table, the rows of it that belong, and its own columns. */
export interface Dataset {
  id: string;
  label: string;
  fact: string;
  filter: string;
  columns: readonly (ExportColumn & { expr: string })[];
}

const col = (id: string, header: string, type: ExportColumn['type'], expr: string) => ({ id, header, type, expr });
const day = (header: string) => col('day', header, 'date', 'f.day');
/** Stored codes become their Vietnamese labels (services/<domain>/<domain>.labels.ts). */
const labelled = (labels: Readonly<Record<string, string>>, expr: string) =>
  `case ${expr} ${Object.entries(labels)
    .map(([k, v]) => `when '${k}' then '${v.replaceAll("'", "''")}'`)
    .join(' ')} end`;

const membership = (id: string, label: string, kind: string | null, header: string): Dataset => ({
  id,
  label,
  fact: 'membership_event_fact',
  filter: kind ? `f.event_kind = '${kind}'` : 'true',
  columns: [
    day(header),
    col('event_kind', 'Loại biến động', 'text', labelled(MEMBERSHIP_EVENT_KIND_LABELS, 'f.event_kind')),
    col('exit_reason', 'Lý do ra khỏi Đảng', 'text', labelled(EXIT_REASON_LABELS, 'f.exit_reason')),
    col('member_id', 'Mã đảng viên', 'integer', 'f.member_id'),
  ],
});

const oversight = (id: string, label: string, source: string, header: string): Dataset => ({
  id,
  label,
  fact: 'oversight_fact',
  filter: `f.source = '${source}'`,
  columns: [
    day(header),
    col('subject_kind', 'Đối tượng', 'text', "if(f.subject_kind = 'member', 'Đảng viên', 'Tổ chức đảng')"),
    col('subject_id', 'Mã đối tượng', 'integer', 'f.subject'),
    ...(source === 'discipline'
      ? [col('form', 'Hình thức kỷ luật', 'text', labelled(DISCIPLINE_FORM_LABELS, 'f.form'))]
      : [
          col(
            'oversight_type',
            'Loại',
            'text',
            labelled(source === 'inspection' ? INSPECTION_TYPE_LABELS : SUPERVISION_TYPE_LABELS, 'f.oversight_type'),
          ),
        ]),
    col('acting_body', 'Chủ thể thực hiện', 'text', labelled(ACTING_BODY_LABELS, 'f.acting_body')),
    ...(source === 'inspection'
      ? [col('team_programme', 'Đoàn kiểm tra theo chương trình', 'text', 'f.team_programme')]
      : []),
  ],
});

/** Every extract a spec can name, by id. */
export const DATASETS: readonly Dataset[] = [
  membership('membership_events', 'Biến động đảng viên', null, 'Ngày'),
  membership('admissions', 'Kết nạp đảng viên', 'admission', 'Ngày kết nạp'),
  membership('full_memberships', 'Công nhận đảng viên chính thức', 'full_membership', 'Ngày công nhận'),
  membership('exits', 'Đảng viên ra khỏi Đảng', 'exit', 'Ngày'),
  membership('transfers_in', 'Đảng viên chuyển đến', 'transfer_in', 'Ngày chuyển đến'),
  membership('transfers_out', 'Đảng viên chuyển đi', 'transfer_out', 'Ngày chuyển đi'),
  oversight('inspections', 'Kiểm tra', 'inspection', 'Ngày kiểm tra'),
  oversight('supervisions', 'Giám sát', 'supervision', 'Ngày giám sát'),
  oversight('disciplinary_actions', 'Thi hành kỷ luật', 'discipline', 'Ngày quyết định'),
  {
    id: 'consolidations',
    label: 'Củng cố tổ chức cơ sở đảng',
    fact: 'consolidation_fact',
    filter: 'true',
    columns: [
      day('Ngày củng cố'),
      col('designation_kind', 'Diện', 'text', labelled(DESIGNATION_KIND_LABELS, 'f.designation_kind')),
      col('plan', 'Theo kế hoạch, nghị quyết', 'text', 'f.plan'),
    ],
  },
  {
    id: 'inspection_teams',
    label: 'Đoàn kiểm tra',
    fact: 'inspection_team_fact',
    filter: 'true',
    columns: [day('Ngày thành lập'), col('team_programme', 'Theo chương trình', 'text', 'f.team_programme')],
  },
];

export const DATASET_IDS = DATASETS.map((d) => d.id);
