import { isoDate, isRealDate } from '../services/calendar.js';
import { DomainError } from '../services/errors.js';
import { type Period, periodOf } from './period.js';

const EXAMPLES = '2022, 2022-H1, 2022-Q3, 2022-07, 2022-01..2022-09, 2022-01-15..2022-03-31 or 2022-07-13';
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

type Reader = { year(y: string): number; month(m: string): number; date(y: string, m: string, d: string): string };
type Fail = (reason: string) => never;

/** Each accepted notation: its pattern and how its parts become a period. */
const FORMS: { pattern: RegExp; build(g: string[], r: Reader, fail: Fail): Period }[] = [
  { pattern: /^(\d{4})$/, build: ([y], r) => periodOf.year(r.year(y as string)) },
  {
    pattern: /^(\d{4})-H(\d+)$/,
    build: ([y, h], r, fail) => {
      if (h !== '1' && h !== '2') fail('a half-year is H1 or H2');
      return periodOf.half(r.year(y as string), Number(h));
    },
  },
  {
    pattern: /^(\d{4})-Q(\d+)$/,
    build: ([y, q], r, fail) => {
      if (!/^[1-4]$/.test(q as string)) fail('a quarter is Q1 to Q4');
      return periodOf.quarter(r.year(y as string), Number(q));
    },
  },
  { pattern: /^(\d{4})-(\d{2})$/, build: ([y, m], r) => periodOf.month(r.year(y as string), r.month(m as string)) },
  {
    pattern: /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/,
    build: ([fy, fm, ty, tm], r, fail) => {
      const [a, b, c, d] = [r.year(fy as string), r.month(fm as string), r.year(ty as string), r.month(tm as string)];
      if (c * 12 + d < a * 12 + b) fail('the range ends before it starts');
      return periodOf.monthRange(a, b, c, d);
    },
  },
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?:\.\.(\d{4})-(\d{2})-(\d{2}))?$/,
    build: ([fy, fm, fd, ty, tm, td], r, fail) => {
      const from = r.date(fy as string, fm as string, fd as string);
      const to = ty ? r.date(ty, tm as string, td as string) : from;
      if (to < from) fail('the range ends before it starts');
      return periodOf.dateRange(from, to);
    },
  },
];

/**
 * Reads the period notation; anything else is an INVALID_PERIOD naming `field`
 * (the argument it came from) and saying what is wrong.
 */
export function parsePeriod(text: string, field: readonly (string | number)[] = ['period']): Period {
  const fail: Fail = (reason) => {
    throw new DomainError('INVALID_PERIOD', `Invalid period "${text}": ${reason}`, field);
  };
  const reader: Reader = {
    year(y) {
      const n = Number(y);
      if (n < MIN_YEAR || n > MAX_YEAR) fail(`year ${n} is outside ${MIN_YEAR}-${MAX_YEAR}`);
      return n;
    },
    month(m) {
      const n = Number(m);
      if (n < 1 || n > 12) fail(`month ${m} does not exist (01-12)`);
      return n;
    },
    date(y, m, d) {
      const [yy, mo, dd] = [reader.year(y), reader.month(m), Number(d)];
      if (!isRealDate(yy, mo, dd)) fail(`${y}-${m}-${d} is not a calendar date`);
      return isoDate(yy, mo, dd);
    },
  };
  const s = text.trim();
  for (const form of FORMS) {
    const match = s.match(form.pattern);
    if (match) return form.build(match.slice(1), reader, fail);
  }
  return fail(`expected one of ${EXAMPLES}`);
}
