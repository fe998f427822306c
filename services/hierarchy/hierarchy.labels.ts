import type { UnitKind, UnitLevel } from './administrative-unit.entity.js';
import type { Branch, HostSector, OrganisationKind } from './organisation.entity.js';
import type { EducationLevel, Sex } from './person.entity.js';
import type { PositionRole } from './position.entity.js';

// Vietnamese labels of the stored values: one source for the API's enums and the analytics' dimensions.

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  city_committee: 'Thành ủy',
  district_committee: 'Quận ủy, Huyện ủy, Thị ủy',
  bloc_committee: 'Đảng ủy khối, đảng bộ trực thuộc Thành ủy',
  grassroots_committee: 'Đảng bộ cơ sở',
  grassroots_cell: 'Chi bộ cơ sở',
  partial_committee: 'Đảng bộ bộ phận',
  cell: 'Chi bộ',
  standing_committee: 'Ban Thường vụ',
  inspection_commission: 'Ủy ban Kiểm tra',
  party_commission: 'Ban Đảng, Văn phòng cấp ủy',
  steering_committee: 'Ban Chỉ đạo',
  people_council: 'Hội đồng nhân dân',
  people_committee: 'Ủy ban nhân dân',
  department: 'Sở, ban, ngành',
  front_committee: 'Ủy ban Mặt trận Tổ quốc',
  mass_organisation: 'Đoàn thể',
};

export const BRANCH_LABELS: Record<Branch, string> = {
  party: 'Đảng',
  state: 'Chính quyền',
  front: 'Mặt trận Tổ quốc và đoàn thể',
};

export const HOST_SECTOR_LABELS: Record<HostSector, string> = {
  residential: 'Khu dân cư',
  administrative: 'Cơ quan hành chính',
  public_service: 'Đơn vị sự nghiệp',
  state_enterprise: 'Doanh nghiệp nhà nước',
  non_state_enterprise: 'Doanh nghiệp ngoài khu vực nhà nước',
  armed_forces: 'Lực lượng vũ trang',
};

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  city: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  thanh_pho: 'Thành phố',
  quan: 'Quận',
  huyen: 'Huyện',
  thi_xa: 'Thị xã',
  phuong: 'Phường',
  xa: 'Xã',
  thi_tran: 'Thị trấn',
};

export const SEX_LABELS: Record<Sex, string> = {
  male: 'Nam',
  female: 'Nữ',
};

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  lower_secondary: 'Trung học cơ sở',
  upper_secondary: 'Trung học phổ thông',
  vocational: 'Trung cấp, cao đẳng',
  university: 'Đại học',
  postgraduate: 'Sau đại học',
};

export const POSITION_ROLE_LABELS: Record<PositionRole, string> = {
  head: 'Người đứng đầu',
  standing_deputy: 'Phó thường trực',
  deputy: 'Cấp phó',
  member: 'Ủy viên',
};
