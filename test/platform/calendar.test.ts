import { describe, expect, it } from 'vitest';
import { baselineOf } from '../../analytics/baseline.js';
import { parsePeriod } from '../../analytics/parse-period.js';
import { dayOf, isoOf, addYears as worldAddYears } from '../../scripts/world/dates.js';
import {
  addDays,
  addMonths,
  addYears,
  dayCount,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  shiftMonth,
  todayInVietnam,
} from '../../services/calendar.js';

describe('today in Hà Nội', () => {
  it('is already the next day from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
    expect(todayInVietnam(new Date('2024-12-31T17:30:00Z'))).toBe('2025-01-01');
  });

  it('is still the same day until 16:59 UTC', () => {
    expect(todayInVietnam(new Date('2024-02-28T16:59:59Z'))).toBe('2024-02-28');
    expect(todayInVietnam(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
  });
});

describe('the calendar', () => {
  it('knows the leap years of the Gregorian calendar', () => {
    expect([2000, 2020, 2024, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([1900, 2021, 2022, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('knows every month end, February by the year', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2022, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect([daysInMonth(2024, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([29, 29, 28]);
  });

  it('accepts real days only', () => {
    expect(['2024-02-29', '2000-02-29', '2022-12-31'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '1900-02-29', '2022-04-31', '2022-13-01', '2022-7-1'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(dayCount('2024-01-01', '2024-12-31')).toBe(366);
    expect(dayCount('2022-07-13', '2022-07-13')).toBe(1);
  });

  it('shifts (year, month) pairs across year ends', () => {
    expect(shiftMonth(2022, 1, -1)).toEqual({ year: 2021, month: 12 });
    expect(shiftMonth(2022, 12, 1)).toEqual({ year: 2023, month: 1 });
    expect(shiftMonth(2022, 3, -27)).toEqual({ year: 2019, month: 12 });
  });

  it('moves to the same day months later, or the last day of a shorter month', () => {
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2022-03-31', -1)).toBe('2022-02-28');
    expect(addMonths('2022-05-19', 12)).toBe('2023-05-19');
    expect(addMonths('2022-08-31', 1)).toBe('2022-09-30');
  });

  it('moves 29 February to 28 February in a common year, and back to 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-02-28', -1)).toBe('2024-02-28');
  });
});

describe('one rule for 29 February everywhere', () => {
  it('the generated world ends a leap-day probation where the write services do', () => {
    for (const admitted of ['2024-02-29', '2020-02-29', '2023-03-01', '2022-12-31']) {
      const [y, m, d] = admitted.split('-').map(Number) as [number, number, number];
      expect(isoOf(worldAddYears(dayOf(y, m, d), 1)), admitted).toBe(addYears(admitted, 1));
    }
  });

  it('the analytics baseline of a leap day is 28 February of the year before', () => {
    const base = baselineOf(parsePeriod('2024-02-01..2024-02-29', ['period']), 'SAME_PERIOD_LAST_YEAR');
    expect([base.from, base.to]).toEqual(['2023-02-01', '2023-02-28']);
  });
});
