import { DomainError } from '../services/errors.js';
import { checkDimension } from './dimension-filter.js';
import type { Split } from './measure-sql.js';
import type { GroupBy, MetricDefinition } from './metric-catalogue.js';

/** Turns `groupBy` (a split of the tree) or `breakdown` (a dimension) into a split the metric allows. */
export function resolveSplit(metric: MetricDefinition, groupBy?: GroupBy | null, breakdown?: string | null): Split {
  if (groupBy && breakdown) {
    throw new DomainError('GROUPING_NOT_ALLOWED', 'Give either groupBy or breakdown, not both', ['breakdown']);
  }
  if (breakdown) {
    return { by: 'dimension', dimension: checkDimension(metric, breakdown, ['breakdown'], 'GROUPING_NOT_ALLOWED') };
  }
  if (!groupBy) return { by: 'none' };
  if (!metric.groupings.includes(groupBy)) {
    throw new DomainError(
      'GROUPING_NOT_ALLOWED',
      `Metric "${metric.id}" cannot be grouped by ${groupBy} (allowed: ${metric.groupings.join(', ') || 'none'})`,
      ['groupBy'],
    );
  }
  return { by: groupBy === 'DISTRICT' ? 'district' : 'children' };
}
