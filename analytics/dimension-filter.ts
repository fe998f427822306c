import type { ErrorCode } from '../services/error-codes.js';
import { DomainError } from '../services/errors.js';
import { DIMENSIONS, type DimensionId } from './dimensions.js';
import type { MetricDefinition } from './metric-catalogue.js';

/** Keep only records whose dimension takes one of `values`. */
export interface DimensionFilter {
  dimension: string;
  values: readonly string[];
}

export interface CheckedFilter {
  dimension: DimensionId;
  values: readonly string[];
}

/**
 * Refuses a filter on a dimension the metric lacks, or on a value the dimension does not have; and,
 * unless the asker may read personal data, a filter on a personal dimension (FORBIDDEN: a filtered
 * count of a small scope would single people out; a breakdown, which folds small groups, is allowed).
 */
export function checkFilters(
  metric: MetricDefinition,
  filters: readonly DimensionFilter[] = [],
  field = 'where',
  personal = false,
): CheckedFilter[] {
  return filters.map((f, i) => {
    const dimension = checkDimension(metric, f.dimension, [field, i, 'dimension'], 'INVALID_FILTER');
    if (DIMENSIONS[dimension].personal && !personal) {
      throw new DomainError(
        'FORBIDDEN',
        `Filtering by ${dimension} (personal data) needs a role granted personal data; break down by it instead`,
        [field, i, 'dimension'],
      );
    }
    if (f.values.length === 0) {
      throw new DomainError('INVALID_FILTER', `Filter on "${f.dimension}" lists no values`, [field, i, 'values']);
    }
    const known: Readonly<Record<string, string>> | undefined = DIMENSIONS[dimension].values;
    f.values.forEach((v, j) => {
      if (known && !(v in known)) {
        throw new DomainError(
          'INVALID_FILTER',
          `"${v}" is not a value of ${dimension} (${Object.keys(known).join(', ')})`,
          [field, i, 'values', j],
        );
      }
    });
    return { dimension, values: f.values };
  });
}

/** The dimension `id` if the metric has it; otherwise `code` naming the metric's dimensions. */
export function checkDimension(
  metric: MetricDefinition,
  id: string,
  field: readonly (string | number)[],
  code: ErrorCode,
): DimensionId {
  const found = metric.dimensions.find((d) => d === id);
  if (!found) {
    const known = metric.dimensions.join(', ') || 'none';
    throw new DomainError(code, `Metric "${metric.id}" has no dimension "${id}" (it has: ${known})`, field);
  }
  return found;
}
