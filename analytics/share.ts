import { splitDate } from '../services/calendar.js';
import { DomainError } from '../services/errors.js';
import type { Query } from './duckdb-store.js';
import { Measurement } from './measurement.js';
import { findMetric, type MetricDefinition } from './metric-catalogue.js';
import { parsePeriod } from './parse-period.js';
import type { Period } from './period.js';
import { quotient } from './quotient.js';
import { resolveScope, type Scope } from './scope.js';

export interface ShareRequest {
  metric: string;
  period: string;
  scope?: number;
}

export interface Share {
  metric: MetricDefinition;
  scope: Scope;
  period: Period;
  value: number;
  /** The population: designations of the metric's kind for the period's year, in scope. */
  of: number;
  ratio: number | null;
  percent: number | null;
  reason: string | null;
}

/** A period's value as a share of the population designated for that year (7 of 39). */
export async function share(query: Query, req: ShareRequest): Promise<Share> {
  const metric = findMetric(req.metric);
  const kind = metric.shareOf;
  if (!kind) {
    throw new DomainError('SHARE_NOT_DEFINED', `Metric "${metric.id}" has no designated population to share of`, [
      'metric',
    ]);
  }
  const period = parsePeriod(req.period);
  const year = splitDate(period.from).year;
  if (splitDate(period.to).year !== year) {
    throw new DomainError('INVALID_PERIOD', `A share needs a period within one year; "${period.key}" spans two`, [
      'period',
    ]);
  }
  const scope = await resolveScope(query, req.scope);
  const [measured, [population]] = await Promise.all([
    Measurement.run(query, { metric, periods: [period], scopes: [scope.id], split: { by: 'none' }, filters: [] }),
    query(
      `select count(*) as n from designation_fact d join org_anc a on a.org_id = d.org_id
       where a.anc_id = ${scope.id} and d.designation_kind = '${kind}' and d.year = ${year}`,
    ),
  ]);
  const value = measured.total(0, scope.id);
  const of = Number(population?.n ?? 0);
  const q = quotient(value, of, `the number of organisations designated ${kind} for ${year}`);
  return { metric, scope, period, value, of, ratio: q.ratio, percent: q.percent, reason: q.reason };
}
