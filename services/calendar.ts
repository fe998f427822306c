/**
 * The one calendar of the platform: the world generator, the write services, the API and the
 * analytics all do their date arithmetic here. Dates are ISO calendar days (YYYY-MM-DD) in Hà Nội;
 * arithmetic is in UTC so no time zone can shift a day.
 */

// Event dates are calendar days in Hà Nội, so "today" is the day in Asia/Ho_Chi_Minh, not in UTC.
const vietnamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as YYYY-MM-DD in Asia/Ho_Chi_Minh (UTC+7), for the instant `now`. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay.format(now);
}

/** A calendar day as numbers, month 1-12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap years: every fourth, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1-12); a table, not a Date, since it runs for every date in every reply. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** True when year-month-day names a real calendar day (so 2022-02-30 is refused). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function splitDate(iso: string): CalendarDay {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = splitDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Days from `from` to `to`, both included. */
export function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Month arithmetic on (year, month) pairs, month 1-12. */
export function shiftMonth(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * THE rule for "the same day N months (or years) later": that day of the target month, or its last
 * day when it has none, so 31 January + 1 month is the end of February and 29 February + 1 year is
 * 28 February. Probation ends, same-period baselines and the generated world all follow it.
 */
export function monthsLater(date: CalendarDay, months: number): CalendarDay {
  const { year, month } = shiftMonth(date.year, date.month, months);
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The same day `months` later or earlier (see monthsLater). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = monthsLater(splitDate(iso), months);
  return isoDate(year, month, day);
}

/** The same day `years` later or earlier; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}
