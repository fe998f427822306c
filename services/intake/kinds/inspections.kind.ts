import { INSPECTION_TYPE_LABELS } from '../../oversight/oversight.labels.js';
import { oversightKind } from './oversight-kind.js';

/** Kiểm tra, one row each, as recordInspection (no team) of an organisation or of a member. */
export const inspectionsKind = oversightKind({
  name: 'inspections',
  label: 'Kiểm tra',
  table: 'inspection',
  subjectHeader: 'Tổ chức đảng được kiểm tra (mã hoặc đường dẫn)',
  memberHeader: 'Đảng viên được kiểm tra (mã hồ sơ)',
  value: {
    key: 'type',
    column: 'type',
    header: 'Loại kiểm tra',
    labels: INSPECTION_TYPE_LABELS,
    example: INSPECTION_TYPE_LABELS.thematic,
  },
  day: { key: 'occurredOn', column: 'occurred_on', header: 'Ngày kiểm tra' },
});
