import type { DesignationKind } from './designation.entity.js';
import type { DisciplineForm } from './disciplinary-action.entity.js';
import type { InspectionType } from './inspection.entity.js';
import type { TeamRole } from './inspection-team-member.entity.js';
import type { ActingBody } from './oversight-record.entity.js';
import type { SupervisionType } from './supervision.entity.js';

// Vietnamese labels of the stored values: one source for the API's enums and the analytics' dimensions.

export const ACTING_BODY_LABELS: Record<ActingBody, string> = {
  committee: 'Cấp ủy, ban thường vụ cấp ủy',
  inspection_commission: 'Ủy ban Kiểm tra',
};

export const INSPECTION_TYPE_LABELS: Record<InspectionType, string> = {
  regular: 'Kiểm tra thường xuyên',
  thematic: 'Kiểm tra chuyên đề',
  signs_of_violation: 'Kiểm tra khi có dấu hiệu vi phạm',
  enforcement: 'Kiểm tra việc thi hành kỷ luật',
};

export const SUPERVISION_TYPE_LABELS: Record<SupervisionType, string> = {
  regular: 'Giám sát thường xuyên',
  thematic: 'Giám sát chuyên đề',
};

export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  dismissal: 'Cách chức',
  expulsion: 'Khai trừ',
  dissolution: 'Giải tán',
};

export const DESIGNATION_KIND_LABELS: Record<DesignationKind, string> = {
  weak: 'Tổ chức đảng yếu kém',
  to_consolidate: 'Tổ chức đảng cần củng cố, kiện toàn',
};

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  head: 'Trưởng đoàn',
  deputy: 'Phó Trưởng đoàn',
  member: 'Thành viên',
};
