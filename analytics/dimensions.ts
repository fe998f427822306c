/** An attribute of a fact that a metric can be filtered on and broken down by; `id` is also its column. */
export interface Dimension {
  id: string;
  label: { vi: string; en: string };
  /** The closed list of values with their Vietnamese labels; absent for open values (codes, plan names). */
  values?: Readonly<Record<string, string>>;
}

const dimension = (id: string, vi: string, en: string, values?: Record<string, string>): Dimension => ({
  id,
  label: { vi, en },
  values,
});

export const DIMENSIONS = {
  sex: dimension('sex', 'Giới tính', 'Sex', { male: 'Nam', female: 'Nữ' }),
  education: dimension('education', 'Trình độ học vấn', 'Education', {
    lower_secondary: 'Trung học cơ sở',
    upper_secondary: 'Trung học phổ thông',
    vocational: 'Trung cấp, cao đẳng',
    university: 'Đại học',
    postgraduate: 'Sau đại học',
  }),
  exit_reason: dimension('exit_reason', 'Lý do ra khỏi Đảng', 'Reason for leaving', {
    death: 'Từ trần',
    expulsion: 'Khai trừ',
    removal: 'Xóa tên',
    resignation: 'Xin ra khỏi Đảng',
  }),
  form: dimension('form', 'Hình thức kỷ luật', 'Disciplinary form', {
    reprimand: 'Khiển trách',
    warning: 'Cảnh cáo',
    dismissal: 'Cách chức',
    expulsion: 'Khai trừ',
    dissolution: 'Giải tán',
  }),
  oversight_type: dimension('oversight_type', 'Loại kiểm tra, giám sát', 'Inspection or supervision type', {
    regular: 'Thường xuyên',
    thematic: 'Chuyên đề',
    signs_of_violation: 'Khi có dấu hiệu vi phạm',
    enforcement: 'Việc thi hành kỷ luật',
  }),
  acting_body: dimension('acting_body', 'Chủ thể thực hiện', 'Acting body', {
    committee: 'Cấp ủy, ban thường vụ',
    inspection_commission: 'Ủy ban kiểm tra',
  }),
  team_programme: dimension('team_programme', 'Chương trình của đoàn kiểm tra', "Inspection team's programme"),
  host_sector: dimension('host_sector', 'Loại hình', 'Host sector', {
    residential: 'Khu dân cư',
    administrative: 'Cơ quan hành chính',
    public_service: 'Đơn vị sự nghiệp',
    state_enterprise: 'Doanh nghiệp nhà nước',
    non_state_enterprise: 'Doanh nghiệp ngoài khu vực nhà nước',
    armed_forces: 'Lực lượng vũ trang',
  }),
  org_kind: dimension('org_kind', 'Loại tổ chức đảng', 'Organisation kind', {
    grassroots_committee: 'Đảng bộ cơ sở',
    grassroots_cell: 'Chi bộ cơ sở',
    cell: 'Chi bộ trực thuộc',
  }),
  plan: dimension('plan', 'Kế hoạch, nghị quyết', 'Plan'),
  programme: dimension('programme', 'Chương trình', 'Programme'),
  item_kind: dimension('item_kind', 'Loại nhiệm vụ', 'Item kind', {
    topic: 'Đề tài',
    project: 'Đề án',
    theme: 'Chuyên đề',
    plan: 'Kế hoạch',
  }),
  status: dimension('status', 'Tình trạng', 'Status', {
    assigned: 'Được giao',
    in_progress: 'Đang thực hiện',
    draft_submitted: 'Đã trình dự thảo',
    completed: 'Hoàn thành',
  }),
} as const satisfies Record<string, Dimension>;

export type DimensionId = keyof typeof DIMENSIONS;
