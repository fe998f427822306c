import { quotient } from './quotient.js';

/** A value beside its base: the difference, the raw ratio, and the rounded percent of the base. */
export interface ComparisonFigures {
  value: number;
  baseValue: number;
  delta: number;
  ratio: number | null;
  percentOfBase: number | null;
  /** Why ratio and percentOfBase are null. */
  reason: string | null;
}

export function comparisonFigures(value: number, baseValue: number): ComparisonFigures {
  const q = quotient(value, baseValue, 'the base value');
  return { value, baseValue, delta: value - baseValue, ratio: q.ratio, percentOfBase: q.percent, reason: q.reason };
}
