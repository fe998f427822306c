import { addDays, addYears, dayCount, shiftMonth, splitDate } from '../services/calendar.js';
import { type Period, periodOf } from './period.js';

export const BASELINES = ['SAME_PERIOD_LAST_YEAR', 'PREVIOUS_PERIOD'] as const;
export type Baseline = (typeof BASELINES)[number];

/** The period a comparison measures against. */
export function baselineOf(period: Period, baseline: Baseline): Period {
  return baseline === 'SAME_PERIOD_LAST_YEAR' ? sameDatesLastYear(period) : previousPeriod(period);
}

function sameDatesLastYear(p: Period): Period {
  const { year, month } = splitDate(p.from);
  switch (p.kind) {
    case 'year':
      return periodOf.year(year - 1);
    case 'half':
      return periodOf.half(year - 1, month === 1 ? 1 : 2);
    case 'quarter':
      return periodOf.quarter(year - 1, (month + 2) / 3);
    case 'month':
      return periodOf.month(year - 1, month);
    case 'month_range': {
      const end = splitDate(p.to);
      return periodOf.monthRange(year - 1, month, end.year - 1, end.month);
    }
    case 'date_range':
      return periodOf.dateRange(addYears(p.from, -1), addYears(p.to, -1));
  }
}

function previousPeriod(p: Period): Period {
  const { year, month } = splitDate(p.from);
  switch (p.kind) {
    case 'year':
      return periodOf.year(year - 1);
    case 'half':
      return month === 1 ? periodOf.half(year - 1, 2) : periodOf.half(year, 1);
    case 'quarter': {
      const q = (month + 2) / 3;
      return q === 1 ? periodOf.quarter(year - 1, 4) : periodOf.quarter(year, q - 1);
    }
    case 'month': {
      const prev = shiftMonth(year, month, -1);
      return periodOf.month(prev.year, prev.month);
    }
    case 'month_range': {
      const end = splitDate(p.to);
      const span = (end.year - year) * 12 + (end.month - month) + 1;
      const first = shiftMonth(year, month, -span);
      const last = shiftMonth(year, month, -1);
      return periodOf.monthRange(first.year, first.month, last.year, last.month);
    }
    case 'date_range': {
      const days = dayCount(p.from, p.to);
      return periodOf.dateRange(addDays(p.from, -days), addDays(p.from, -1));
    }
  }
}
