import { addDays, splitDate } from '../services/calendar.js';
import { DomainError } from '../services/errors.js';
import { checkFilters, type DimensionFilter } from './dimension-filter.js';
import type { Query } from './duckdb-store.js';
import { Measurement } from './measurement.js';
import { findMetric } from './metric-catalogue.js';
import { parsePeriod } from './parse-period.js';
import { type Period, periodOf } from './period.js';
import { resolveScope } from './scope.js';

export const GRAINS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const;
export type Grain = (typeof GRAINS)[number];

export interface SeriesRequest {
  metric: string;
  from: string;
  to: string;
  grain: Grain;
  scope?: number;
  where?: readonly DimensionFilter[];
  /** Whether the asker may read personal data (filter by a personal dimension). */
  personal?: boolean;
}

export interface SeriesPoint {
  period: Period;
  value: number;
}

const MAX_POINTS = 1200;

/** The calendar period of `grain` holding `day`. */
function bucketOf(day: string, grain: Grain): Period {
  const { year, month } = splitDate(day);
  switch (grain) {
    case 'MONTH':
      return periodOf.month(year, month);
    case 'QUARTER':
      return periodOf.quarter(year, Math.ceil(month / 3));
    case 'HALF_YEAR':
      return periodOf.half(year, month <= 6 ? 1 : 2);
    case 'YEAR':
      return periodOf.year(year);
  }
}

/** Calendar buckets from the start of `from` to the end of `to`; partial edge buckets become date ranges. */
function buckets(start: string, end: string, grain: Grain): Period[] {
  const out: Period[] = [];
  for (let day = start; day <= end; ) {
    const b = bucketOf(day, grain);
    const [from, to] = [b.from < start ? start : b.from, b.to > end ? end : b.to];
    out.push(from === b.from && to === b.to ? b : periodOf.dateRange(from, to));
    if (out.length > MAX_POINTS) {
      throw new DomainError('INVALID_PERIOD', `A series has at most ${MAX_POINTS} points; choose a coarser grain`, [
        'grain',
      ]);
    }
    day = addDays(b.to, 1);
  }
  return out;
}

/** A metric per calendar bucket, every bucket present (zeros included), measured in one statement. */
export async function series(query: Query, req: SeriesRequest): Promise<SeriesPoint[]> {
  const metric = findMetric(req.metric);
  const start = parsePeriod(req.from, ['from']).from;
  const end = parsePeriod(req.to, ['to']).to;
  if (end < start)
    throw new DomainError('INVALID_PERIOD', `The series ends (${end}) before it starts (${start})`, ['to']);
  const periods = buckets(start, end, req.grain);
  const filters = checkFilters(metric, req.where, 'where', req.personal);
  const scope = await resolveScope(query, req.scope);
  const measured = await Measurement.run(query, {
    metric,
    periods,
    scopes: [scope.id],
    split: { by: 'none' },
    filters,
  });
  return periods.map((period, i) => ({ period, value: measured.total(i, scope.id) }));
}
