import { SUPERVISION_TYPE_LABELS } from '../../oversight/oversight.labels.js';
import { oversightKind } from './oversight-kind.js';

/** Giám sát, one row each, as recordSupervision of an organisation or of a member. */
export const supervisionsKind = oversightKind({
  name: 'supervisions',
  label: 'Giám sát',
  table: 'supervision',
  subjectHeader: 'Tổ chức đảng được giám sát (mã hoặc đường dẫn)',
  memberHeader: 'Đảng viên được giám sát (mã hồ sơ)',
  value: {
    key: 'type',
    column: 'type',
    header: 'Loại giám sát',
    labels: SUPERVISION_TYPE_LABELS,
    example: SUPERVISION_TYPE_LABELS.thematic,
  },
  day: { key: 'occurredOn', column: 'occurred_on', header: 'Ngày giám sát' },
});
