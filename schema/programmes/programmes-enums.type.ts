import { GOVERNANCE_INDICES } from '../../services/programmes/index-score.entity.js';
import { PARTICIPANT_ROLES } from '../../services/programmes/meeting-participant.entity.js';
import { PROGRAMME_ITEM_KINDS } from '../../services/programmes/programme-item.entity.js';
import { ITEM_STATUSES } from '../../services/programmes/programme-item-status.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of work programmes, registered once; inputs and filters reuse them.

export const ItemStatus = defineEnum('ItemStatus', ITEM_STATUSES, 'Progress of a programme item.', {
  assigned: 'Đã giao',
  in_progress: 'Đang triển khai',
  draft_submitted: 'Đã trình dự thảo, chờ phê duyệt',
  completed: 'Đã hoàn thành',
});

export const ProgrammeItemKind = defineEnum('ProgrammeItemKind', PROGRAMME_ITEM_KINDS, 'What a programme item is.', {
  topic: 'Đề tài',
  project: 'Đề án',
  theme: 'Chuyên đề',
  plan: 'Kế hoạch',
});

export const ParticipantRole = defineEnum('ParticipantRole', PARTICIPANT_ROLES, 'How a person took part.', {
  chair: 'Chủ trì',
  attendee: 'Dự',
});

export const GovernanceIndex = defineEnum('GovernanceIndex', GOVERNANCE_INDICES, 'A national governance index.', {
  PAR_INDEX: 'Chỉ số cải cách hành chính (PAR INDEX)',
  SIPAS: 'Chỉ số hài lòng của người dân, tổ chức (SIPAS)',
  PAPI: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
});
