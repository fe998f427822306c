import type { Query } from './duckdb-store.js';
import { Measurement } from './measurement.js';
import { findMetric } from './metric-catalogue.js';
import { parsePeriod } from './parse-period.js';

/** One metric in one period for many organisations' subtrees, in one statement; absent ones count 0. */
export async function organisationValues(
  query: Query,
  metricId: string,
  periodText: string,
  organisationIds: readonly number[],
): Promise<number[]> {
  const metric = findMetric(metricId, ['id']);
  const period = parsePeriod(periodText);
  const scopes = [...new Set(organisationIds)];
  const measured = await Measurement.run(query, {
    metric,
    periods: [period],
    scopes,
    split: { by: 'none' },
    filters: [],
  });
  return organisationIds.map((id) => measured.total(0, id));
}
