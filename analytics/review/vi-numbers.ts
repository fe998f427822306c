import { formatVi } from '../format-vi.js';

/** Counts as administrative reports write them: two digits from one to nine (05, 07), else 0 or 5.030. */
export const count = (n: number): string =>
  Number.isInteger(n) && n >= 1 && n < 10 ? `0${n}` : String(formatVi.number(n));

/** 107,3%; an absent percent (zero base) is written as a dash. */
export const percent = (p: number | null): string => formatVi.percent(p) ?? '-';

/** A label at the start of a sentence: "năm 2021" → "Năm 2021". */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
