import { DESIGNATION_KINDS } from '../../services/oversight/designation.entity.js';
import { DISCIPLINE_FORMS } from '../../services/oversight/disciplinary-action.entity.js';
import { INSPECTION_TYPES } from '../../services/oversight/inspection.entity.js';
import { ACTING_BODIES } from '../../services/oversight/oversight-record.entity.js';
import { SUPERVISION_TYPES } from '../../services/oversight/supervision.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of inspection, supervision and discipline, registered once; inputs and filters reuse them.

export const ActingBody = defineEnum('ActingBody', ACTING_BODIES, 'Which body acted for the committee.', {
  committee: 'Cấp ủy, ban thường vụ cấp ủy',
  inspection_commission: 'Ủy ban Kiểm tra',
});

export const InspectionType = defineEnum('InspectionType', INSPECTION_TYPES, 'Why an inspection took place.', {
  regular: 'Kiểm tra thường xuyên',
  thematic: 'Kiểm tra chuyên đề',
  signs_of_violation: 'Kiểm tra khi có dấu hiệu vi phạm',
  enforcement: 'Kiểm tra việc thi hành kỷ luật',
});

export const SupervisionType = defineEnum('SupervisionType', SUPERVISION_TYPES, 'How a supervision was planned.', {
  regular: 'Giám sát thường xuyên',
  thematic: 'Giám sát chuyên đề',
});

export const DisciplineForm = defineEnum('DisciplineForm', DISCIPLINE_FORMS, 'The form of a disciplinary action.', {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  dismissal: 'Cách chức',
  expulsion: 'Khai trừ',
  dissolution: 'Giải tán',
});

export const DesignationKind = defineEnum('DesignationKind', DESIGNATION_KINDS, 'Why an organisation was named.', {
  weak: 'Tổ chức đảng yếu kém',
  to_consolidate: 'Tổ chức đảng cần củng cố, kiện toàn',
});

export const OversightSubject = defineEnum(
  'OversightSubject',
  ['organisation', 'member'] as const,
  'Whether an oversight record concerns a Party organisation or a Party member.',
  { organisation: 'Tổ chức đảng', member: 'Đảng viên' },
);
