import { shiftMonth, splitDate, todayInVietnam } from '../services/calendar.js';
import { DomainError } from '../services/errors.js';
import { parsePeriod } from './parse-period.js';
import { type Period, periodOf } from './period.js';

const RELATIVE = /^(?:([YHQM])-([1-9][0-9]{0,2})|YTD)$/;

/** True for the relative notations: Y-1, H-1, Q-1, M-1 (any count back) and YTD. */
export function isRelativePeriod(text: string): boolean {
  return RELATIVE.test(text.trim());
}

/**
 * A period in the notation of parsePeriod, or a relative one resolved at the instant `at` in
 * Asia/Ho_Chi_Minh: `H-1` the last completed half-year, `Q-1`, `M-1`, `Y-1` likewise (`H-2` the one
 * before), `YTD` 1 January to the end of the last completed month (in January: the whole last year).
 */
export function resolvePeriod(text: string, at: Date, field: readonly (string | number)[] = ['period']): Period {
  const m = RELATIVE.exec(text.trim());
  if (!m) return absolute(text, field);
  const { year, month } = splitDate(todayInVietnam(at));
  const back = Number(m[2] ?? 0);
  switch (m[1]) {
    case 'Y':
      return periodOf.year(year - back);
    case 'H': {
      const index = year * 2 + (month <= 6 ? 0 : 1) - back;
      return periodOf.half(Math.floor(index / 2), (index % 2) + 1);
    }
    case 'Q': {
      const index = year * 4 + Math.floor((month - 1) / 3) - back;
      return periodOf.quarter(Math.floor(index / 4), (index % 4) + 1);
    }
    case 'M': {
      const last = shiftMonth(year, month, -back);
      return periodOf.month(last.year, last.month);
    }
    default: {
      const last = shiftMonth(year, month, -1);
      return periodOf.monthRange(last.year, 1, last.year, last.month);
    }
  }
}

/** parsePeriod, its refusal naming the relative notations too. */
function absolute(text: string, field: readonly (string | number)[]): Period {
  try {
    return parsePeriod(text, field);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    throw new DomainError(e.code, `${e.message}; or relative: H-1, Q-1, M-1, Y-1, YTD`, e.field);
  }
}
