import { DomainError } from '../../services/errors.js';
import { checkFilters } from '../dimension-filter.js';
import { findMetric } from '../metric-catalogue.js';
import { resolveSplit } from '../split.js';
import { atField, type FieldPath } from './at-field.js';
import { datasetOf } from './build-table.js';
import { type ExportSpec, exportSpecSchema } from './export-spec.js';

/**
 * Checks a spec as the live questions check their arguments, with the same codes, each refusal
 * naming its place in the spec (e.g. ["spec", "tables", 2, "metric"] under `prefix` ["spec"]).
 * Scopes are checked when the spec runs, against the replica it reads.
 */
export async function checkSpec(raw: unknown, prefix: FieldPath): Promise<ExportSpec> {
  const parsed = exportSpecSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    throw new DomainError('BAD_USER_INPUT', `Invalid spec: ${issue?.message ?? 'invalid value'}`, [...prefix, ...path]);
  }
  const spec = parsed.data;
  const seen = new Set<string>();
  for (const [i, table] of spec.tables.entries()) {
    const at = [...prefix, 'tables', i];
    if (seen.has(table.name.toLowerCase())) {
      throw new DomainError('BAD_USER_INPUT', `Table name "${table.name}" is used twice (it names files)`, [
        ...at,
        'name',
      ]);
    }
    seen.add(table.name.toLowerCase());
    if (table.question === 'dataset') {
      datasetOf(table.dataset, at);
      continue;
    }
    const metric = findMetric(table.metric, [...at, 'metric']);
    if (table.question === 'compare') await atField(at, () => resolveSplit(metric, table.groupBy, table.breakdown));
    if (table.question === 'compare' || table.question === 'series')
      await atField(at, () => checkFilters(metric, table.where));
    if (table.question === 'share' && !metric.shareOf) {
      throw new DomainError('SHARE_NOT_DEFINED', `Metric "${metric.id}" has no designated population to share of`, [
        ...at,
        'metric',
      ]);
    }
  }
  return spec;
}
