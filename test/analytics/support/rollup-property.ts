import type pg from 'pg';
import { expect } from 'vitest';
import type { Comparison } from '../../../analytics/compare.js';
import type { AnalyticsEngine } from '../../../analytics/engine.js';
import type { MetricDefinition } from '../../../analytics/metric-catalogue.js';
import { askPostgres } from './postgres-oracle.js';
import { prng } from './random-world.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Any period form, in 2019-2024. */
function randomPeriod(rnd: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const year = int(2019, 2024);
  switch (int(0, 5)) {
    case 0:
      return `${year}`;
    case 1:
      return `${year}-H${int(1, 2)}`;
    case 2:
      return `${year}-Q${int(1, 4)}`;
    case 3:
      return `${year}-${pad(int(1, 12))}`;
    case 4: {
      const a = int(1, 12);
      return `${year}-${pad(a)}..${year + int(0, 1)}-${pad(int(a, 12))}`;
    }
    default: {
      const [a, b] = [int(1, 12), int(1, 28)];
      return `${year}-${pad(a)}-${pad(b)}..${year}-${pad(int(a, 12))}-${pad(int(b, 28))}`;
    }
  }
}

/** Rows partition the totals, and ranks are competition ranks by value. */
function expectRowsAddUp(c: Comparison): void {
  expect(c.rows.reduce((s, r) => s + r.value, 0)).toBe(c.value);
  expect(c.rows.reduce((s, r) => s + r.baseValue, 0)).toBe(c.baseValue);
  const ranked = c.rows.filter((r) => r.rank !== null);
  for (const r of ranked) expect(r.rank).toBe(1 + ranked.filter((o) => o.value > r.value).length);
}

/**
 * The roll-up property for one metric over `samples` seeded random (period, baseline, scope):
 * total and base equal PostgreSQL's plain SQL, and every groupBy and breakdown adds up to them.
 * `pickScope` draws a scope from the world. Returns how many samples had a non-zero value.
 */
export async function expectMetricRollsUp(
  engine: AnalyticsEngine,
  client: pg.ClientBase,
  metric: MetricDefinition,
  pickScope: (rnd: () => number) => number,
  samples: number,
): Promise<number> {
  const rnd = prng([...metric.id].reduce((h, ch) => h * 31 + ch.charCodeAt(0), 7) >>> 0);
  let nonZero = 0;
  for (let i = 0; i < samples; i++) {
    const period = randomPeriod(rnd);
    const scope = pickScope(rnd);
    const baseline = rnd() < 0.5 ? 'SAME_PERIOD_LAST_YEAR' : 'PREVIOUS_PERIOD';
    const plain = await engine.compare({ metric: metric.id, period, baseline, scope });
    expect(plain.value, `${metric.id} ${period} in ${scope}`).toBe(
      await askPostgres(client, metric.id, plain.period, scope),
    );
    expect(plain.baseValue, `${metric.id} ${plain.basePeriod.key} in ${scope}`).toBe(
      await askPostgres(client, metric.id, plain.basePeriod, scope),
    );
    if (plain.value > 0) nonZero++;
    for (const groupBy of metric.groupings) {
      const c = await engine.compare({ metric: metric.id, period, baseline, scope, groupBy });
      expect([c.value, c.baseValue], `${metric.id} ${period} in ${scope} by ${groupBy}`).toEqual([
        plain.value,
        plain.baseValue,
      ]);
      expectRowsAddUp(c);
    }
    for (const breakdown of metric.dimensions) {
      // As a caller granted personal data asks: the arithmetic of every split, small groups unfolded.
      const c = await engine.compare({ metric: metric.id, period, baseline, scope, breakdown, personal: true });
      expect([c.value, c.baseValue], `${metric.id} ${period} in ${scope} by ${breakdown}`).toEqual([
        plain.value,
        plain.baseValue,
      ]);
      expectRowsAddUp(c);
      // A filter on a value counts what its breakdown row counts; for distinct subjects, which the
      // breakdown files under their latest record's value, it counts every subject with a record of that value.
      const row = c.rows[Math.floor(rnd() * c.rows.length)];
      if (row?.key === null || row === undefined) continue;
      const where = [{ dimension: breakdown, values: [String(row.key)] }];
      const filtered = await engine.compare({ metric: metric.id, period, baseline, scope, where, personal: true });
      const label = `${metric.id} where ${breakdown} = ${row.key}`;
      if (metric.count === 'rows') {
        expect([filtered.value, filtered.baseValue], label).toEqual([row.value, row.baseValue]);
      } else {
        expect(filtered.value, label).toBeGreaterThanOrEqual(row.value);
        expect(filtered.baseValue, label).toBeGreaterThanOrEqual(row.baseValue);
      }
    }
  }
  return nonZero;
}
