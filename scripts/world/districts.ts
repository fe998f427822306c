/** Hà Nội's 30 district-level units: GSO code, name, kind, population (2019 census, rounded) and commune-level units. */
export interface District {
  code: string;
  name: string;
  kind: 'quan' | 'huyen' | 'thi_xa';
  population: number;
  /** Counts of phường, xã and thị trấn; 579 in all. */
  wards: number;
  communes: number;
  townships: number;
  /** When its party committee became part of the city party organisation. */
  committeeFounded: string;
}

const d = (
  code: string,
  name: string,
  kind: District['kind'],
  population: number,
  [wards, communes, townships]: [number, number, number],
  committeeFounded: string,
): District => ({ code, name, kind, population, wards, communes, townships, committeeFounded });

export const DISTRICTS: readonly District[] = [
  d('001', 'Ba Đình', 'quan', 221_900, [14, 0, 0], '1961-10-31'),
  d('002', 'Hoàn Kiếm', 'quan', 135_600, [18, 0, 0], '1961-10-31'),
  d('003', 'Tây Hồ', 'quan', 160_500, [8, 0, 0], '1996-01-01'),
  d('004', 'Long Biên', 'quan', 322_500, [14, 0, 0], '2004-01-01'),
  d('005', 'Cầu Giấy', 'quan', 292_500, [8, 0, 0], '1997-01-01'),
  d('006', 'Đống Đa', 'quan', 371_600, [21, 0, 0], '1961-10-31'),
  d('007', 'Hai Bà Trưng', 'quan', 303_600, [18, 0, 0], '1961-10-31'),
  d('008', 'Hoàng Mai', 'quan', 506_300, [14, 0, 0], '2004-01-01'),
  d('009', 'Thanh Xuân', 'quan', 293_300, [11, 0, 0], '1997-01-01'),
  d('016', 'Sóc Sơn', 'huyen', 343_400, [0, 25, 1], '1977-06-01'),
  d('017', 'Đông Anh', 'huyen', 381_500, [0, 23, 1], '1961-10-31'),
  d('018', 'Gia Lâm', 'huyen', 292_900, [0, 20, 2], '1961-10-31'),
  d('019', 'Nam Từ Liêm', 'quan', 264_200, [10, 0, 0], '2014-04-01'),
  d('020', 'Thanh Trì', 'huyen', 286_500, [0, 15, 1], '1961-10-31'),
  d('021', 'Bắc Từ Liêm', 'quan', 333_700, [13, 0, 0], '2014-04-01'),
  d('250', 'Mê Linh', 'huyen', 241_600, [0, 16, 2], '2008-08-01'),
  d('268', 'Hà Đông', 'quan', 397_900, [17, 0, 0], '2008-08-01'),
  d('269', 'Sơn Tây', 'thi_xa', 145_600, [9, 6, 0], '2008-08-01'),
  d('271', 'Ba Vì', 'huyen', 306_000, [0, 30, 1], '2008-08-01'),
  d('272', 'Phúc Thọ', 'huyen', 185_500, [0, 20, 1], '2008-08-01'),
  d('273', 'Đan Phượng', 'huyen', 185_700, [0, 15, 1], '2008-08-01'),
  d('274', 'Hoài Đức', 'huyen', 276_300, [0, 19, 1], '2008-08-01'),
  d('275', 'Quốc Oai', 'huyen', 202_100, [0, 20, 1], '2008-08-01'),
  d('276', 'Thạch Thất', 'huyen', 210_000, [0, 22, 1], '2008-08-01'),
  d('277', 'Chương Mỹ', 'huyen', 347_600, [0, 30, 2], '2008-08-01'),
  d('278', 'Thanh Oai', 'huyen', 210_800, [0, 20, 1], '2008-08-01'),
  d('279', 'Thường Tín', 'huyen', 256_100, [0, 28, 1], '2008-08-01'),
  d('280', 'Phú Xuyên', 'huyen', 229_800, [0, 25, 2], '2008-08-01'),
  d('281', 'Ứng Hòa', 'huyen', 211_000, [0, 28, 1], '2008-08-01'),
  d('282', 'Mỹ Đức', 'huyen', 199_300, [0, 21, 1], '2008-08-01'),
];

export const CITY = { code: '01', name: 'Hà Nội' } as const;

/** "quận Ba Đình", "huyện Sóc Sơn", "thị xã Sơn Tây". */
export function districtLabel(district: District): string {
  return `${{ quan: 'quận', huyen: 'huyện', thi_xa: 'thị xã' }[district.kind]} ${district.name}`;
}

/** "Quận ủy Ba Đình", "Huyện ủy Sóc Sơn", "Thị ủy Sơn Tây". */
export function districtCommitteeName(district: District): string {
  return `${{ quan: 'Quận ủy', huyen: 'Huyện ủy', thi_xa: 'Thị ủy' }[district.kind]} ${district.name}`;
}
