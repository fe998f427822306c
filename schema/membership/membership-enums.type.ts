import { MEMBER_STATUSES } from '../../services/membership/member.entity.js';
import {
  EXIT_REASON_LABELS,
  MEMBER_STATUS_LABELS,
  MEMBERSHIP_EVENT_KIND_LABELS,
} from '../../services/membership/membership.labels.js';
import { EXIT_REASONS, MEMBERSHIP_EVENT_KINDS } from '../../services/membership/membership-event.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of Party membership, registered once; inputs and filters reuse them.

export const MemberStatus = defineEnum(
  'MemberStatus',
  MEMBER_STATUSES,
  'Where a membership stands today.',
  MEMBER_STATUS_LABELS,
);

export const MembershipEventKind = defineEnum(
  'MembershipEventKind',
  MEMBERSHIP_EVENT_KINDS,
  'A step in a Party membership.',
  MEMBERSHIP_EVENT_KIND_LABELS,
);

export const ExitReason = defineEnum('ExitReason', EXIT_REASONS, 'Why a membership ended.', EXIT_REASON_LABELS);
