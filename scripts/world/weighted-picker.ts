import type { Random } from './random.js';

/** Draws indices with probability proportional to fixed weights (cumulative sums + binary search). */
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i] as number;
      this.cumulative[i] = sum;
    }
    if (!(sum > 0)) throw new RangeError('WeightedPicker needs a positive total weight');
  }

  pick(random: Random): number {
    const c = this.cumulative;
    const x = random.float() * (c[c.length - 1] as number);
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
