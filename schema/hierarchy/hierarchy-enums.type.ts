import { UNIT_KINDS, UNIT_LEVELS } from '../../services/hierarchy/administrative-unit.entity.js';
import { BRANCHES, HOST_SECTORS, ORGANISATION_KINDS } from '../../services/hierarchy/organisation.entity.js';
import { EDUCATION_LEVELS, SEXES } from '../../services/hierarchy/person.entity.js';
import { POSITION_ROLES } from '../../services/hierarchy/position.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of the hierarchy, registered once; inputs and filters reuse them.

export const OrganisationKind = defineEnum(
  'OrganisationKind',
  ORGANISATION_KINDS,
  'What an organisation is in the Party, state or front tree.',
  {
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
  },
);

export const Branch = defineEnum('Branch', BRANCHES, 'The system an organisation belongs to.', {
  party: 'Đảng',
  state: 'Chính quyền',
  front: 'Mặt trận Tổ quốc và đoàn thể',
});

export const HostSector = defineEnum('HostSector', HOST_SECTORS, 'Where a grassroots organisation is hosted.', {
  residential: 'Khu dân cư',
  administrative: 'Cơ quan hành chính',
  public_service: 'Đơn vị sự nghiệp',
  state_enterprise: 'Doanh nghiệp nhà nước',
  non_state_enterprise: 'Doanh nghiệp ngoài khu vực nhà nước',
  armed_forces: 'Lực lượng vũ trang',
});

export const UnitLevel = defineEnum('UnitLevel', UNIT_LEVELS, 'The tier of an administrative unit.', {
  city: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
});

export const UnitKind = defineEnum('UnitKind', UNIT_KINDS, 'The legal kind of an administrative unit.', {
  thanh_pho: 'Thành phố',
  quan: 'Quận',
  huyen: 'Huyện',
  thi_xa: 'Thị xã',
  phuong: 'Phường',
  xa: 'Xã',
  thi_tran: 'Thị trấn',
});

export const Sex = defineEnum('Sex', SEXES, "A person's sex as recorded in Party files.", {
  male: 'Nam',
  female: 'Nữ',
});

export const EducationLevel = defineEnum('EducationLevel', EDUCATION_LEVELS, 'Highest level of education.', {
  lower_secondary: 'Trung học cơ sở',
  upper_secondary: 'Trung học phổ thông',
  vocational: 'Trung cấp, cao đẳng',
  university: 'Đại học',
  postgraduate: 'Sau đại học',
});

export const PositionRole = defineEnum('PositionRole', POSITION_ROLES, 'The rank of a position in its body.', {
  head: 'Người đứng đầu',
  standing_deputy: 'Phó thường trực',
  deputy: 'Cấp phó',
  member: 'Ủy viên',
});
