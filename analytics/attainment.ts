import { splitDate } from '../services/calendar.js';
import type { Query } from './duckdb-store.js';
import { Measurement } from './measurement.js';
import { findMetric, type MetricDefinition } from './metric-catalogue.js';
import { parsePeriod } from './parse-period.js';
import { type Period, periodOf } from './period.js';
import { quotient } from './quotient.js';
import { resolveScope, type Scope } from './scope.js';

export interface AttainmentRequest {
  metric: string;
  period: string;
  scope?: number;
}

export interface Attainment {
  metric: MetricDefinition;
  scope: Scope;
  period: Period;
  value: number;
  target: number | null;
  /** The period the target was set for: the smallest one containing the asked period. */
  targetPeriod: Period | null;
  ratio: number | null;
  percent: number | null;
  reason: string | null;
}

/** The periods a target can be set for that contain `p`, smallest first. */
function containingTargetPeriods(p: Period): Period[] {
  const a = splitDate(p.from);
  const b = splitDate(p.to);
  if (a.year !== b.year) return [];
  const out: Period[] = [];
  if (a.month === b.month) out.push(periodOf.month(a.year, a.month));
  const [qa, qb] = [Math.ceil(a.month / 3), Math.ceil(b.month / 3)];
  if (qa === qb) out.push(periodOf.quarter(a.year, qa));
  if (a.month <= 6 === b.month <= 6) out.push(periodOf.half(a.year, a.month <= 6 ? 1 : 2));
  out.push(periodOf.year(a.year));
  return out;
}

/** A period's value against the plan target of the period that contains it (H1 against the year). */
export async function attainment(query: Query, req: AttainmentRequest): Promise<Attainment> {
  const metric = findMetric(req.metric);
  const period = parsePeriod(req.period);
  const scope = await resolveScope(query, req.scope);
  const candidates = containingTargetPeriods(period);
  const [measured, targets] = await Promise.all([
    Measurement.run(query, { metric, periods: [period], scopes: [scope.id], split: { by: 'none' }, filters: [] }),
    candidates.length
      ? query(
          `select period, value from target where metric = $1 and scope_id = ${scope.id} and period in (${candidates
            .map((c) => `'${c.key}'`)
            .join(', ')})`,
          [metric.id],
        )
      : Promise.resolve([]),
  ]);
  const byKey = new Map(targets.map((t) => [String(t.period), Number(t.value)]));
  const targetPeriod = candidates.find((c) => byKey.has(c.key)) ?? null;
  const target = targetPeriod ? (byKey.get(targetPeriod.key) ?? null) : null;
  const value = measured.total(0, scope.id);
  const q = quotient(value, target, `target for ${metric.id} in a period containing ${period.key}`);
  return { metric, scope, period, value, target, targetPeriod, ratio: q.ratio, percent: q.percent, reason: q.reason };
}
