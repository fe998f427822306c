import { describe, expect, it } from 'vitest';
import { baselineOf } from '../../analytics/baseline.js';
import { formatVi } from '../../analytics/format-vi.js';
import { parsePeriod } from '../../analytics/parse-period.js';
import { quotient } from '../../analytics/quotient.js';
import { DomainError } from '../../services/errors.js';

const shape = (text: string) => {
  const p = parsePeriod(text);
  return [p.key, p.from, p.to, p.label];
};

describe('period notation', () => {
  it('reads every form with its dates and Vietnamese label', () => {
    expect(shape('2022')).toEqual(['2022', '2022-01-01', '2022-12-31', 'năm 2022']);
    expect(shape('2022-H1')).toEqual(['2022-H1', '2022-01-01', '2022-06-30', '6 tháng đầu năm 2022']);
    expect(shape('2022-H2')).toEqual(['2022-H2', '2022-07-01', '2022-12-31', '6 tháng cuối năm 2022']);
    expect(shape('2022-Q3')).toEqual(['2022-Q3', '2022-07-01', '2022-09-30', 'quý III năm 2022']);
    expect(shape('2024-02')).toEqual(['2024-02', '2024-02-01', '2024-02-29', 'tháng 2 năm 2024']);
    expect(shape('2022-07')).toEqual(['2022-07', '2022-07-01', '2022-07-31', 'tháng 7 năm 2022']);
    expect(shape('2022-01..2022-09')).toEqual(['2022-01..2022-09', '2022-01-01', '2022-09-30', '9 tháng đầu năm 2022']);
    expect(shape('2022-03..2022-05')[3]).toBe('từ tháng 3 đến tháng 5 năm 2022');
    expect(shape('2021-11..2022-02')[3]).toBe('từ tháng 11/2021 đến tháng 2/2022');
    expect(shape('2022-01-15..2022-03-31')).toEqual([
      '2022-01-15..2022-03-31',
      '2022-01-15',
      '2022-03-31',
      'từ 15/01/2022 đến 31/03/2022',
    ]);
    expect(shape('2022-07-13')).toEqual(['2022-07-13', '2022-07-13', '2022-07-13', 'ngày 13/07/2022']);
  });

  it.each([
    ['2022-H3', /half-year is H1 or H2/],
    ['2022-Q0', /quarter is Q1 to Q4/],
    ['2022-13', /month 13 does not exist/],
    ['2022-00', /month 00 does not exist/],
    ['2022-02-30..2022-03-01', /2022-02-30 is not a calendar date/],
    ['2023-02-29', /not a calendar date/],
    ['2022-09..2022-01', /ends before it starts/],
    ['2022-03-31..2022-01-15', /ends before it starts/],
    ['1850', /outside 1900-2100/],
    ['last year', /expected one of/],
    ['', /expected one of/],
  ])('refuses %j with INVALID_PERIOD and a reason', (text, reason) => {
    const error = (() => {
      try {
        parsePeriod(text, ['from']);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'INVALID_PERIOD', field: ['from'] });
    expect((error as Error).message).toMatch(reason);
  });
});

describe('baselines', () => {
  const base = (text: string, kind: 'SAME_PERIOD_LAST_YEAR' | 'PREVIOUS_PERIOD') => {
    const b = baselineOf(parsePeriod(text), kind);
    return `${b.key} ${b.label}`;
  };

  it('same period last year keeps the kind and shifts the dates, 29 February to 28', () => {
    expect(base('2022-H1', 'SAME_PERIOD_LAST_YEAR')).toBe('2021-H1 6 tháng đầu năm 2021');
    expect(base('2022-Q3', 'SAME_PERIOD_LAST_YEAR')).toBe('2021-Q3 quý III năm 2021');
    expect(base('2022-01..2022-09', 'SAME_PERIOD_LAST_YEAR')).toBe('2021-01..2021-09 9 tháng đầu năm 2021');
    expect(base('2025-02', 'SAME_PERIOD_LAST_YEAR')).toBe('2024-02 tháng 2 năm 2024');
    expect(base('2024-02-01..2024-02-29', 'SAME_PERIOD_LAST_YEAR')).toBe(
      '2023-02-01..2023-02-28 từ 01/02/2023 đến 28/02/2023',
    );
    expect(base('2024-02-29', 'SAME_PERIOD_LAST_YEAR')).toBe('2023-02-28 ngày 28/02/2023');
  });

  it('previous period is the period of the same kind just before', () => {
    expect(base('2022', 'PREVIOUS_PERIOD')).toBe('2021 năm 2021');
    expect(base('2022-H1', 'PREVIOUS_PERIOD')).toBe('2021-H2 6 tháng cuối năm 2021');
    expect(base('2022-H2', 'PREVIOUS_PERIOD')).toBe('2022-H1 6 tháng đầu năm 2022');
    expect(base('2022-Q1', 'PREVIOUS_PERIOD')).toBe('2021-Q4 quý IV năm 2021');
    expect(base('2022-Q3', 'PREVIOUS_PERIOD')).toBe('2022-Q2 quý II năm 2022');
    expect(base('2022-01', 'PREVIOUS_PERIOD')).toBe('2021-12 tháng 12 năm 2021');
    expect(base('2022-01..2022-09', 'PREVIOUS_PERIOD')).toBe('2021-04..2021-12 từ tháng 4 đến tháng 12 năm 2021');
    expect(base('2022-03-01..2022-03-10', 'PREVIOUS_PERIOD')).toBe(
      '2022-02-19..2022-02-28 từ 19/02/2022 đến 28/02/2022',
    );
  });
});

describe('quotients and Vietnamese numbers', () => {
  it('rounds percents to one decimal half away from zero, exactly', () => {
    expect(quotient(5030, 4688, 'base').percent).toBe(107.3);
    expect(quotient(56, 68, 'target').percent).toBe(82.4);
    expect(quotient(7, 39, 'population').percent).toBe(17.9);
    expect(quotient(10027, 8881, 'base').percent).toBe(112.9);
    expect(quotient(10027, 9744, 'target').percent).toBe(102.9);
    // 1/8 = 12.5% exactly, 1.0005 → 100.05% → 100.1 (floats would say 100.0), and the negative side.
    expect(quotient(1, 8, 'b').percent).toBe(12.5);
    expect(quotient(20.01, 20, 'b').percent).toBe(100.1);
    expect(quotient(-20.01, 20, 'b').percent).toBe(-100.1);
    expect(quotient(5030, 4688, 'base').ratio).toBeCloseTo(1.07295, 5);
  });

  it('gives null with a reason, never NaN or Infinity, on a zero or missing denominator', () => {
    expect(quotient(5, 0, 'the base value')).toEqual({ ratio: null, percent: null, reason: 'the base value is 0' });
    expect(quotient(0, 0, 'x').percent).toBeNull();
    expect(quotient(5, null, 'target')).toEqual({ ratio: null, percent: null, reason: 'no target' });
  });

  it('prints numbers the Vietnamese way', () => {
    expect(formatVi.number(5030)).toBe('5.030');
    expect(formatVi.number(450123)).toBe('450.123');
    expect(formatVi.number(9744.5)).toBe('9.744,5');
    expect(formatVi.percent(107.3)).toBe('107,3%');
    expect(formatVi.percent(100)).toBe('100,0%');
    expect(formatVi.percent(null)).toBeNull();
  });
});
