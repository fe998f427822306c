import type { Sex } from '../../services/hierarchy/person.entity.js';

export interface NamedPosition {
  org: string;
  title: string;
  role: 'head' | 'standing_deputy' | 'deputy' | 'member';
  from: string;
  to?: string;
}

export interface NamedPerson {
  name: string;
  sex: Sex;
  birthYear: number;
  admitted: string;
  positions: NamedPosition[];
}

const STEERING = 'TU-BCD01';
const STEERING_FROM = '2021-04-20';

/**
 * The city's leaders: the four chairs of the 2022-07-13 meeting as the article names them, with
 * their predecessors and successors so that other dates give other holders. Dates outside the
 * article are approximate.
 */
export const NAMED_PEOPLE: readonly NamedPerson[] = [
  {
    name: 'Đinh Tiến Dũng',
    sex: 'male',
    birthYear: 1961,
    admitted: '1986-05-15',
    positions: [
      { org: 'TU', title: 'Bí thư Thành ủy', role: 'head', from: '2021-04-08', to: '2024-06-05' },
      {
        org: STEERING,
        title: 'Trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU',
        role: 'head',
        from: STEERING_FROM,
        to: '2024-06-05',
      },
    ],
  },
  {
    name: 'Nguyễn Thị Tuyến',
    sex: 'female',
    birthYear: 1970,
    admitted: '1994-09-01',
    positions: [
      { org: 'TU', title: 'Phó Bí thư Thường trực Thành ủy', role: 'standing_deputy', from: '2020-10-19' },
      {
        org: STEERING,
        title: 'Phó trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU',
        role: 'standing_deputy',
        from: STEERING_FROM,
      },
    ],
  },
  {
    name: 'Nguyễn Ngọc Tuấn',
    sex: 'male',
    birthYear: 1966,
    admitted: '1990-03-26',
    positions: [
      { org: 'TU', title: 'Phó Bí thư Thành ủy', role: 'deputy', from: '2021-06-21' },
      { org: 'HDND-01', title: 'Chủ tịch Hội đồng nhân dân Thành phố', role: 'head', from: '2021-06-24' },
      { org: STEERING, title: 'Phó trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU', role: 'deputy', from: '2021-06-24' },
    ],
  },
  {
    name: 'Nguyễn Văn Phong',
    sex: 'male',
    birthYear: 1968,
    admitted: '1991-12-22',
    positions: [
      { org: 'TU', title: 'Phó Bí thư Thành ủy', role: 'deputy', from: '2020-10-19' },
      { org: STEERING, title: 'Phó trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU', role: 'deputy', from: STEERING_FROM },
    ],
  },
  {
    name: 'Phạm Quang Nghị',
    sex: 'male',
    birthYear: 1949,
    admitted: '1972-02-03',
    positions: [{ org: 'TU', title: 'Bí thư Thành ủy', role: 'head', from: '2006-08-15', to: '2016-02-04' }],
  },
  {
    name: 'Hoàng Trung Hải',
    sex: 'male',
    birthYear: 1959,
    admitted: '1982-04-30',
    positions: [{ org: 'TU', title: 'Bí thư Thành ủy', role: 'head', from: '2016-02-05', to: '2020-02-06' }],
  },
  {
    name: 'Vương Đình Huệ',
    sex: 'male',
    birthYear: 1957,
    admitted: '1984-07-01',
    positions: [{ org: 'TU', title: 'Bí thư Thành ủy', role: 'head', from: '2020-02-07', to: '2021-04-07' }],
  },
  {
    name: 'Bùi Thị Minh Hoài',
    sex: 'female',
    birthYear: 1965,
    admitted: '1989-05-19',
    positions: [
      { org: 'TU', title: 'Bí thư Thành ủy', role: 'head', from: '2024-06-06' },
      { org: STEERING, title: 'Trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU', role: 'head', from: '2024-06-06' },
    ],
  },
  {
    name: 'Ngô Thị Thanh Hằng',
    sex: 'female',
    birthYear: 1973,
    admitted: '1997-01-20',
    positions: [
      {
        org: 'TU',
        title: 'Phó Bí thư Thường trực Thành ủy',
        role: 'standing_deputy',
        from: '2015-10-23',
        to: '2020-10-18',
      },
    ],
  },
  {
    name: 'Nguyễn Thị Bích Ngọc',
    sex: 'female',
    birthYear: 1961,
    admitted: '1985-08-19',
    positions: [
      {
        org: 'HDND-01',
        title: 'Chủ tịch Hội đồng nhân dân Thành phố',
        role: 'head',
        from: '2016-06-29',
        to: '2021-06-23',
      },
    ],
  },
  {
    name: 'Nguyễn Đức Chung',
    sex: 'male',
    birthYear: 1967,
    admitted: '1990-09-02',
    positions: [
      { org: 'TU', title: 'Phó Bí thư Thành ủy', role: 'deputy', from: '2015-10-23', to: '2020-08-14' },
      {
        org: 'UBND-01',
        title: 'Chủ tịch Ủy ban nhân dân Thành phố',
        role: 'head',
        from: '2015-12-04',
        to: '2020-07-16',
      },
    ],
  },
  {
    name: 'Chu Ngọc Anh',
    sex: 'male',
    birthYear: 1965,
    admitted: '1988-11-07',
    positions: [
      { org: 'TU', title: 'Phó Bí thư Thành ủy', role: 'deputy', from: '2020-10-19', to: '2022-06-07' },
      {
        org: 'UBND-01',
        title: 'Chủ tịch Ủy ban nhân dân Thành phố',
        role: 'head',
        from: '2020-07-17',
        to: '2022-06-07',
      },
    ],
  },
  {
    name: 'Trần Sỹ Thanh',
    sex: 'male',
    birthYear: 1971,
    admitted: '1995-06-15',
    positions: [
      { org: 'TU', title: 'Phó Bí thư Thành ủy', role: 'deputy', from: '2022-06-10' },
      { org: 'UBND-01', title: 'Chủ tịch Ủy ban nhân dân Thành phố', role: 'head', from: '2022-07-21' },
    ],
  },
];

/** The chairs of the 2022-07-13 meeting, in the article's order, with their role in the steering committee. */
export const MEETING_CHAIRS: readonly { name: string; roleLabel: string }[] = [
  { name: 'Đinh Tiến Dũng', roleLabel: 'Trưởng Ban Chỉ đạo' },
  { name: 'Nguyễn Thị Tuyến', roleLabel: 'Phó trưởng Ban Chỉ đạo' },
  { name: 'Nguyễn Ngọc Tuấn', roleLabel: 'Phó trưởng Ban Chỉ đạo' },
  { name: 'Nguyễn Văn Phong', roleLabel: 'Phó trưởng Ban Chỉ đạo' },
];

/** Heads of the Thành ủy's commissions, whose holders are generated, with the city congress dates as terms. */
export const COMMISSION_HEADS: readonly { org: string; title: string }[] = [
  { org: 'TU-BTC', title: 'Trưởng Ban Tổ chức Thành ủy' },
  { org: 'TU-BTG', title: 'Trưởng Ban Tuyên giáo Thành ủy' },
  { org: 'TU-BDV', title: 'Trưởng Ban Dân vận Thành ủy' },
  { org: 'TU-BNC', title: 'Trưởng Ban Nội chính Thành ủy' },
  { org: 'TU-UBKT', title: 'Chủ nhiệm Ủy ban Kiểm tra Thành ủy' },
  { org: 'TU-VP', title: 'Chánh Văn phòng Thành ủy' },
];
