import { describe, expect, it } from 'vitest';
import { isRelativePeriod, resolvePeriod } from '../../analytics/relative-period.js';
import { DomainError } from '../../services/errors.js';

/** The instant of a wall-clock time in Hà Nội (UTC+7, no daylight saving). */
const hanoi = (local: string) => new Date(`${local}+07:00`);
const at = (text: string, local: string) => {
  const p = resolvePeriod(text, hanoi(local));
  return [p.key, p.from, p.to];
};

describe('relative periods, resolved in Asia/Ho_Chi_Minh', () => {
  it('H-1 is the last completed half-year, across the year end', () => {
    expect(at('H-1', '2022-07-01T00:00')).toEqual(['2022-H1', '2022-01-01', '2022-06-30']);
    expect(at('H-1', '2022-06-30T23:59')).toEqual(['2021-H2', '2021-07-01', '2021-12-31']);
    expect(at('H-1', '2023-01-01T00:30')).toEqual(['2022-H2', '2022-07-01', '2022-12-31']);
    expect(at('H-2', '2023-01-01T00:30')).toEqual(['2022-H1', '2022-01-01', '2022-06-30']);
    expect(at('H-3', '2023-03-01T00:30')).toEqual(['2021-H2', '2021-07-01', '2021-12-31']);
  });

  it('uses the day in Hà Nội, not in UTC: 2022-12-31T17:30Z is already 2023 there', () => {
    const p = resolvePeriod('M-1', new Date('2022-12-31T17:30:00Z'));
    expect(p.key).toBe('2022-12');
    const utcStillDecember = resolvePeriod('M-1', new Date('2022-12-31T16:59:00Z'));
    expect(utcStillDecember.key).toBe('2022-11');
  });

  it('Q-1, M-1 and Y-1 across year ends', () => {
    expect(at('Q-1', '2023-01-15T08:00')).toEqual(['2022-Q4', '2022-10-01', '2022-12-31']);
    expect(at('Q-1', '2022-04-01T08:00')).toEqual(['2022-Q1', '2022-01-01', '2022-03-31']);
    expect(at('Q-4', '2022-04-01T08:00')).toEqual(['2021-Q2', '2021-04-01', '2021-06-30']);
    expect(at('M-1', '2023-01-01T00:00')).toEqual(['2022-12', '2022-12-01', '2022-12-31']);
    expect(at('M-13', '2023-01-01T00:00')).toEqual(['2021-12', '2021-12-01', '2021-12-31']);
    expect(at('Y-1', '2023-01-01T00:00')).toEqual(['2022', '2022-01-01', '2022-12-31']);
    expect(at('Y-2', '2022-12-31T23:59')).toEqual(['2020', '2020-01-01', '2020-12-31']);
  });

  it('ends February on the 29th in leap years and the 28th otherwise', () => {
    expect(at('M-1', '2024-03-01T00:00')).toEqual(['2024-02', '2024-02-01', '2024-02-29']);
    expect(at('M-1', '2023-03-10T00:00')).toEqual(['2023-02', '2023-02-01', '2023-02-28']);
    expect(at('M-1', '2100-03-10T00:00')).toEqual(['2100-02', '2100-02-01', '2100-02-28']);
    expect(at('M-1', '2000-03-10T00:00')).toEqual(['2000-02', '2000-02-01', '2000-02-29']);
    expect(at('Q-1', '2024-04-01T00:00')).toEqual(['2024-Q1', '2024-01-01', '2024-03-31']);
    expect(at('YTD', '2024-03-01T00:00')).toEqual(['2024-01..2024-02', '2024-01-01', '2024-02-29']);
  });

  it('YTD runs from 1 January to the end of the last completed month; in January, the whole last year', () => {
    expect(at('YTD', '2022-10-05T09:00')).toEqual(['2022-01..2022-09', '2022-01-01', '2022-09-30']);
    expect(resolvePeriod('YTD', hanoi('2022-10-05T09:00')).label).toBe('9 tháng đầu năm 2022');
    expect(at('YTD', '2022-02-01T00:00')).toEqual(['2022-01', '2022-01-01', '2022-01-31']);
    expect(at('YTD', '2023-01-20T00:00')).toEqual(['2022-01..2022-12', '2022-01-01', '2022-12-31']);
  });

  it('passes absolute periods to the period grammar', () => {
    expect(at('2022-H1', '2030-01-01T00:00')).toEqual(['2022-H1', '2022-01-01', '2022-06-30']);
    expect(isRelativePeriod('H-1')).toBe(true);
    expect(isRelativePeriod('2022-H1')).toBe(false);
  });

  it('refuses anything else with INVALID_PERIOD at the given field, naming the relative forms', () => {
    for (const bad of ['H-0', 'H1', 'Q-', 'YTD-1', 'W-1', '2022-H3']) {
      try {
        resolvePeriod(bad, new Date(), ['spec', 'period']);
        expect.unreachable(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect(e).toMatchObject({ code: 'INVALID_PERIOD', field: ['spec', 'period'] });
        expect((e as Error).message).toMatch(/H-1, Q-1, M-1, Y-1, YTD/);
      }
    }
  });
});
