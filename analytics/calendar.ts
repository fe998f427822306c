import { daysInMonth } from '../services/calendar.js';

// Calendar arithmetic on ISO dates (YYYY-MM-DD); UTC throughout so no time zone can shift a day.

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function splitDate(iso: string): { year: number; month: number; day: number } {
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

/** The same day `years` later or earlier; 29 February becomes 28 February in a common year. */
export function shiftYears(iso: string, years: number): string {
  const { year, month, day } = splitDate(iso);
  return isoDate(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

/** Month arithmetic on (year, month) pairs, month 1-12. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "13/07/2022", as Vietnamese documents write dates. */
export function viDate(iso: string): string {
  const { year, month, day } = splitDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
