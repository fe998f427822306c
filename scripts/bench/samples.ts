/** Durations of `count` runs after five unmeasured ones (warm caches, as a running server has). */
export async function warmSamples(run: () => Promise<unknown>, count: number): Promise<number[]> {
  for (let i = 0; i < 5; i++) await run();
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run();
    out.push(performance.now() - started);
  }
  return out;
}

/** The `p` quantile (0..1) of some durations, in any order. */
export const percentile = (xs: readonly number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;

export const median = (xs: readonly number[]) => percentile(xs, 0.5);
