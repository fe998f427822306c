import { type Baseline, baselineOf } from './baseline.js';
import { type ComparisonFigures, comparisonFigures } from './comparison-figures.js';
import { checkFilters, type DimensionFilter } from './dimension-filter.js';
import { DIMENSIONS } from './dimensions.js';
import type { Query } from './duckdb-store.js';
import { Measurement } from './measurement.js';
import { findMetric, type GroupBy, type MetricDefinition } from './metric-catalogue.js';
import { parsePeriod } from './parse-period.js';
import type { Period } from './period.js';
import { type RollupRow, rollupRows } from './rollup-rows.js';
import { resolveScope, type Scope } from './scope.js';
import { foldSmallGroups } from './small-groups.js';
import { resolveSplit } from './split.js';

export interface CompareRequest {
  metric: string;
  period: string;
  baseline?: Baseline;
  scope?: number;
  groupBy?: GroupBy | null;
  breakdown?: string | null;
  where?: readonly DimensionFilter[];
  /** Whether the asker may read personal data; without it, small groups of a personal split are folded. */
  personal?: boolean;
}

export interface Comparison extends ComparisonFigures {
  metric: MetricDefinition;
  scope: Scope;
  period: Period;
  basePeriod: Period;
  rows: (RollupRow & ComparisonFigures)[];
}

/** A metric in a period against its baseline, for a scope, optionally split with ranked rows. */
export async function compare(query: Query, req: CompareRequest): Promise<Comparison> {
  const metric = findMetric(req.metric);
  const period = parsePeriod(req.period);
  const basePeriod = baselineOf(period, req.baseline ?? 'SAME_PERIOD_LAST_YEAR');
  const split = resolveSplit(metric, req.groupBy, req.breakdown);
  const filters = checkFilters(metric, req.where, 'where', req.personal);
  const scope = await resolveScope(query, req.scope);
  const measuring = Measurement.run(query, {
    metric,
    periods: [period, basePeriod],
    scopes: [scope.id],
    split,
    filters,
  });
  const allRows = await rollupRows(query, scope, split, measuring, true);
  const personalSplit = split.by === 'dimension' && DIMENSIONS[split.dimension].personal === true;
  const rows = personalSplit && !req.personal ? foldSmallGroups(allRows) : allRows;
  const measured = await measuring;
  return {
    metric,
    scope,
    period,
    basePeriod,
    ...comparisonFigures(measured.total(0, scope.id), measured.total(1, scope.id)),
    rows: rows.map((r) => ({ ...r, ...comparisonFigures(r.value, r.baseValue) })),
  };
}
