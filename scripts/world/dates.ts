import { monthsLater } from '../../services/calendar.js';

/** Calendar dates as whole days since 1970-01-01 (UTC), so the generator does integer arithmetic only. */
const MS_PER_DAY = 86_400_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const FIRST_DAY = Date.UTC(FIRST_YEAR, 0, 1) / MS_PER_DAY;

let isoCache: string[] | undefined;

export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

// First day of each year, for the hot yearly loops of the simulation.
const YEAR_STARTS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 2 }, (_, i) => dayOf(FIRST_YEAR + i, 1, 1));

export function yearStart(year: number): number {
  return YEAR_STARTS[year - FIRST_YEAR] ?? dayOf(year, 1, 1);
}

export function parseDay(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** ISO text of a day; formatting ~2M dates per load is hot, hence the table. */
export function isoOf(day: number): string {
  if (!isoCache) {
    const n = Date.UTC(LAST_YEAR + 1, 0, 1) / MS_PER_DAY - FIRST_DAY;
    isoCache = Array.from({ length: n }, (_, i) => new Date((FIRST_DAY + i) * MS_PER_DAY).toISOString().slice(0, 10));
  }
  const text = isoCache[day - FIRST_DAY];
  if (text === undefined) throw new RangeError(`day ${day} is outside ${FIRST_YEAR}-${LAST_YEAR}`);
  return text;
}

export function yearOf(day: number): number {
  const guess = FIRST_YEAR + Math.floor((day - FIRST_DAY) / 365.2425);
  if (guess < FIRST_YEAR || guess > LAST_YEAR) return new Date(day * MS_PER_DAY).getUTCFullYear();
  if (day < yearStart(guess)) return guess - 1;
  return day >= yearStart(guess + 1) ? guess + 1 : guess;
}

/** The same calendar day `years` later, by the platform's one rule (29 February → 28 February). */
export function addYears(day: number, years: number): number {
  const d = new Date(day * MS_PER_DAY);
  const later = monthsLater({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, years * 12);
  return dayOf(later.year, later.month, later.day);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (day + 4) % 7;
}

export interface DayRange {
  from: number;
  to: number;
}

/** The inclusive day range of a half-year. */
export function halfOf(year: number, half: 1 | 2): DayRange {
  return half === 1
    ? { from: dayOf(year, 1, 1), to: dayOf(year, 6, 30) }
    : { from: dayOf(year, 7, 1), to: dayOf(year, 12, 31) };
}

/** The span of the generated history: events are dated within it. */
export const WORLD_START = dayOf(2015, 1, 1);
export const WORLD_END = dayOf(2025, 12, 31);
export const WORLD_YEARS: readonly number[] = Array.from({ length: 11 }, (_, i) => 2015 + i);

/** A uniformly drawn Monday-to-Friday day of the range (weekend draws move to the nearest working day inside it). */
export function workdayIn(range: DayRange, draw: (n: number) => number): number {
  const day = range.from + draw(range.to - range.from + 1);
  const wd = weekdayOf(day);
  if (wd === 6) return day - 1 >= range.from ? day - 1 : day + 2;
  if (wd === 0) return day + 1 <= range.to ? day + 1 : day - 2;
  return day;
}
