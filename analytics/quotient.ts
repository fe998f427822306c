/** A quotient as reviews print it: the raw ratio, and the percent rounded to one decimal half away from zero. */
export interface Quotient {
  ratio: number | null;
  percent: number | null;
  /** Why ratio and percent are null (a zero or missing denominator); null when they are set. */
  reason: string | null;
}

/** Values carry at most two decimals (targets are numeric(14,2)), so hundredths are exact integers. */
const hundredths = (x: number) => BigInt(Math.round(x * 100));

export function quotient(numerator: number, denominator: number | null, denominatorName: string): Quotient {
  if (denominator === null) return { ratio: null, percent: null, reason: `no ${denominatorName}` };
  if (denominator === 0) return { ratio: null, percent: null, reason: `${denominatorName} is 0` };
  return { ratio: numerator / denominator, percent: roundedPercent(numerator, denominator), reason: null };
}

/** Exact: tenths of a percent = n * 1000 / d, rounded half away from zero in integer arithmetic. */
function roundedPercent(numerator: number, denominator: number): number {
  const n = hundredths(numerator) * 1000n;
  const d = hundredths(denominator);
  const negative = n < 0n !== d < 0n;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const tenths = (2n * abs(n) + abs(d)) / (2n * abs(d));
  return Number(negative ? -tenths : tenths) / 10;
}
