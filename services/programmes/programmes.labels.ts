import type { GovernanceIndex } from './index-score.entity.js';
import type { ParticipantRole } from './meeting-participant.entity.js';
import type { ProgrammeItemKind } from './programme-item.entity.js';
import type { ItemStatus } from './programme-item-status.entity.js';

// Vietnamese labels of the stored values: one source for the API's enums and the analytics' dimensions.

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  assigned: 'Đã giao',
  in_progress: 'Đang triển khai',
  draft_submitted: 'Đã trình dự thảo, chờ phê duyệt',
  completed: 'Đã hoàn thành',
};

export const PROGRAMME_ITEM_KIND_LABELS: Record<ProgrammeItemKind, string> = {
  topic: 'Đề tài',
  project: 'Đề án',
  theme: 'Chuyên đề',
  plan: 'Kế hoạch',
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  chair: 'Chủ trì',
  attendee: 'Dự',
};

export const GOVERNANCE_INDEX_LABELS: Record<GovernanceIndex, string> = {
  PAR_INDEX: 'Chỉ số cải cách hành chính (PAR INDEX)',
  SIPAS: 'Chỉ số hài lòng của người dân, tổ chức (SIPAS)',
  PAPI: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
};
