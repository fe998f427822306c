import { GOVERNANCE_INDICES } from '../../services/programmes/index-score.entity.js';
import { PARTICIPANT_ROLES } from '../../services/programmes/meeting-participant.entity.js';
import { PROGRAMME_ITEM_KINDS } from '../../services/programmes/programme-item.entity.js';
import { ITEM_STATUSES } from '../../services/programmes/programme-item-status.entity.js';
import {
  GOVERNANCE_INDEX_LABELS,
  ITEM_STATUS_LABELS,
  PARTICIPANT_ROLE_LABELS,
  PROGRAMME_ITEM_KIND_LABELS,
} from '../../services/programmes/programmes.labels.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of work programmes, registered once; inputs and filters reuse them.

export const ItemStatus = defineEnum('ItemStatus', ITEM_STATUSES, 'Progress of a programme item.', ITEM_STATUS_LABELS);

export const ProgrammeItemKind = defineEnum(
  'ProgrammeItemKind',
  PROGRAMME_ITEM_KINDS,
  'What a programme item is.',
  PROGRAMME_ITEM_KIND_LABELS,
);

export const ParticipantRole = defineEnum(
  'ParticipantRole',
  PARTICIPANT_ROLES,
  'How a person took part.',
  PARTICIPANT_ROLE_LABELS,
);

export const GovernanceIndex = defineEnum(
  'GovernanceIndex',
  GOVERNANCE_INDICES,
  'A national governance index.',
  GOVERNANCE_INDEX_LABELS,
);
