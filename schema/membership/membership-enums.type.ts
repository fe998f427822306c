import { MEMBER_STATUSES } from '../../services/membership/member.entity.js';
import { EXIT_REASONS, MEMBERSHIP_EVENT_KINDS } from '../../services/membership/membership-event.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of Party membership, registered once; inputs and filters reuse them.

export const MemberStatus = defineEnum('MemberStatus', MEMBER_STATUSES, 'Where a membership stands today.', {
  probationary: 'Đảng viên dự bị',
  full: 'Đảng viên chính thức',
  transferred_out: 'Đã chuyển sinh hoạt ra ngoài',
  exited: 'Đã ra khỏi Đảng',
});

export const MembershipEventKind = defineEnum(
  'MembershipEventKind',
  MEMBERSHIP_EVENT_KINDS,
  'A step in a Party membership.',
  {
    admission: 'Kết nạp',
    full_membership: 'Công nhận đảng viên chính thức',
    transfer_in: 'Chuyển sinh hoạt đến',
    transfer_out: 'Chuyển sinh hoạt đi',
    exit: 'Ra khỏi Đảng',
  },
);

export const ExitReason = defineEnum('ExitReason', EXIT_REASONS, 'Why a membership ended.', {
  death: 'Từ trần',
  expulsion: 'Khai trừ',
  removal: 'Xóa tên',
  resignation: 'Xin ra khỏi Đảng',
});
