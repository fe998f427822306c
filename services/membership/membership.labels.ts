import type { MemberStatus } from './member.entity.js';
import type { ExitReason, MembershipEventKind } from './membership-event.entity.js';

// Vietnamese labels of the stored values: one source for the API's enums and the analytics' dimensions.

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  probationary: 'Đảng viên dự bị',
  full: 'Đảng viên chính thức',
  transferred_out: 'Đã chuyển sinh hoạt ra ngoài',
  exited: 'Đã ra khỏi Đảng',
};

export const MEMBERSHIP_EVENT_KIND_LABELS: Record<MembershipEventKind, string> = {
  admission: 'Kết nạp',
  full_membership: 'Công nhận đảng viên chính thức',
  transfer_in: 'Chuyển sinh hoạt đến',
  transfer_out: 'Chuyển sinh hoạt đi',
  exit: 'Ra khỏi Đảng',
};

export const EXIT_REASON_LABELS: Record<ExitReason, string> = {
  death: 'Từ trần',
  expulsion: 'Khai trừ',
  removal: 'Xóa tên',
  resignation: 'Xin ra khỏi Đảng',
};
