import { INSPECTION_TYPE_LABELS } from '../../oversight/oversight.labels.js';
import { oversightKind } from './oversight-kind.js';

/** Kiểm tra tổ chức đảng, one row each, as recordInspection with `subjectOrganisationId` (no team). */
export const inspectionsKind = oversightKind({
  name: 'inspections',
  label: 'Kiểm tra tổ chức đảng',
  table: 'inspection',
  subjectHeader: 'Tổ chức đảng được kiểm tra (mã hoặc đường dẫn)',
  value: {
    key: 'type',
    column: 'type',
    header: 'Loại kiểm tra',
    labels: INSPECTION_TYPE_LABELS,
    example: INSPECTION_TYPE_LABELS.thematic,
  },
  day: { key: 'occurredOn', column: 'occurred_on', header: 'Ngày kiểm tra' },
});
