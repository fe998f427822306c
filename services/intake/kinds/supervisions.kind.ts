import { SUPERVISION_TYPE_LABELS } from '../../oversight/oversight.labels.js';
import { oversightKind } from './oversight-kind.js';

/** Giám sát tổ chức đảng, one row each, as recordSupervision with `subjectOrganisationId`. */
export const supervisionsKind = oversightKind({
  name: 'supervisions',
  label: 'Giám sát tổ chức đảng',
  table: 'supervision',
  subjectHeader: 'Tổ chức đảng được giám sát (mã hoặc đường dẫn)',
  value: {
    key: 'type',
    column: 'type',
    header: 'Loại giám sát',
    labels: SUPERVISION_TYPE_LABELS,
    example: SUPERVISION_TYPE_LABELS.thematic,
  },
  day: { key: 'occurredOn', column: 'occurred_on', header: 'Ngày giám sát' },
});
