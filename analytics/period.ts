import { daysInMonth, isoDate } from '../services/calendar.js';
import { formatVi } from './format-vi.js';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'month_range' | 'date_range';

/** An inclusive range of calendar days with the notation that names it and its Vietnamese label. */
export interface Period {
  kind: PeriodKind;
  /** The notation, parseable again: 2022, 2022-H1, 2022-Q3, 2022-07, 2022-01..2022-09, 2022-01-15..2022-03-31. */
  key: string;
  label: string;
  from: string;
  to: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const mm = (month: number) => String(month).padStart(2, '0');
const monthEnd = (year: number, month: number) => isoDate(year, month, daysInMonth(year, month));

/** Builds each kind of period from its numbers; callers have validated them. */
export const periodOf = {
  year(year: number): Period {
    return { kind: 'year', key: `${year}`, label: `năm ${year}`, from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
  },

  half(year: number, half: number): Period {
    const first = half === 1;
    return {
      kind: 'half',
      key: `${year}-H${half}`,
      label: `6 tháng ${first ? 'đầu' : 'cuối'} năm ${year}`,
      from: isoDate(year, first ? 1 : 7, 1),
      to: first ? isoDate(year, 6, 30) : isoDate(year, 12, 31),
    };
  },

  quarter(year: number, quarter: number): Period {
    const start = (quarter - 1) * 3 + 1;
    return {
      kind: 'quarter',
      key: `${year}-Q${quarter}`,
      label: `quý ${ROMAN[quarter - 1]} năm ${year}`,
      from: isoDate(year, start, 1),
      to: monthEnd(year, start + 2),
    };
  },

  month(year: number, month: number): Period {
    return {
      kind: 'month',
      key: `${year}-${mm(month)}`,
      label: `tháng ${month} năm ${year}`,
      from: isoDate(year, month, 1),
      to: monthEnd(year, month),
    };
  },

  /** Whole months; a single month is a month. */
  monthRange(fromYear: number, fromMonth: number, toYear: number, toMonth: number): Period {
    if (fromYear === toYear && fromMonth === toMonth) return periodOf.month(fromYear, fromMonth);
    return {
      kind: 'month_range',
      key: `${fromYear}-${mm(fromMonth)}..${toYear}-${mm(toMonth)}`,
      label: monthRangeLabel(fromYear, fromMonth, toYear, toMonth),
      from: isoDate(fromYear, fromMonth, 1),
      to: monthEnd(toYear, toMonth),
    };
  },

  dateRange(from: string, to: string): Period {
    const single = from === to;
    return {
      kind: 'date_range',
      key: single ? from : `${from}..${to}`,
      label: single ? `ngày ${formatVi.date(from)}` : `từ ${formatVi.date(from)} đến ${formatVi.date(to)}`,
      from,
      to,
    };
  },
};

function monthRangeLabel(fromYear: number, fromMonth: number, toYear: number, toMonth: number): string {
  if (fromYear !== toYear) return `từ tháng ${fromMonth}/${fromYear} đến tháng ${toMonth}/${toYear}`;
  if (fromMonth !== 1) return `từ tháng ${fromMonth} đến tháng ${toMonth} năm ${toYear}`;
  return toMonth === 12 ? `cả năm ${toYear}` : `${toMonth} tháng đầu năm ${toYear}`;
}
