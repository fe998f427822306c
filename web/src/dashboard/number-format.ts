const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** Numbers printed the Vietnamese way (5.030; +342) where the API gives no text of its own. */
export const numberFormat = {
  integer: (n: number) => integer.format(n),
  signed: (n: number) => signed.format(n),
};

const UNITS: Record<string, string> = {
  member: 'đảng viên',
  organisation: 'tổ chức',
  event: 'lượt',
  item: 'nhiệm vụ',
  team: 'đoàn',
};

/** The Vietnamese word for a metric's unit (metrics { unit }). */
export function unitLabel(unit: string): string {
  return UNITS[unit] ?? unit;
}
