import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { inputFields } from '../write/input-fields.js';
import { type FieldPath, fieldPath, parseInput } from '../write/parse-input.js';
import { type WriteScope, WriteService } from '../write/write-service.js';
import type { WriteUnit } from '../write/write-unit.js';
import { Target } from './target.entity.js';

const setTargetInput = z.object({
  metric: inputFields.text,
  /** The organisation whose subtree the target is for; the city when absent. */
  scopeId: inputFields.id.optional(),
  period: z.string().regex(/^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/, {
    error: 'must be a year, half, quarter or month: 2022, 2022-H1, 2022-Q3, 2022-07',
  }),
  value: z
    .number({ error: 'must be a number' })
    .finite({ error: 'must be a finite number' })
    .min(0, { error: 'must not be negative' })
    .max(999_999_999_999, { error: 'is too large' }),
});
export type SetTargetInput = z.input<typeof setTargetInput>;

/**
 * Refuses (UNKNOWN_METRIC at `field`) a metric the analytics cannot measure. Storage does not know
 * the analytics catalogue, so the composition root (services/gateway) hands this in.
 */
export type MetricCheck = (metric: string, field: FieldPath) => void;

export interface TargetScope extends WriteScope {
  checkMetric: MetricCheck;
}

/** Sets the planned value of a metric for a scope and period, replacing the one set before. */
export class TargetService extends WriteService {
  private readonly checkMetric: MetricCheck;

  constructor(scope: TargetScope) {
    super(scope);
    this.checkMetric = scope.checkMetric;
  }

  async set(raw: SetTargetInput): Promise<Target> {
    const input = parseInput(setTargetInput, raw);
    // Only a metric the analytics can measure can have a target worth comparing with.
    this.checkMetric(input.metric, fieldPath('metric'));
    return this.write(async (w) => {
      const scope = await scopeFor(w, input.scopeId);
      const { metric, period, value } = input;
      const existing = await w.em.findOne(Target, { metric, scope, period }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!existing) return w.create(Target, { metric, scope, period, value });
      existing.value = value;
      w.touch(existing);
      return existing;
    });
  }
}

async function scopeFor(w: WriteUnit, scopeId: number | undefined): Promise<Organisation> {
  const field = fieldPath('scopeId');
  if (scopeId !== undefined) return w.find(Organisation, scopeId, field);
  const city = await w.em.findOne(Organisation, { parent: null, kind: 'city_committee' }, { orderBy: { id: 'asc' } });
  if (!city)
    throw new DomainError('NOT_FOUND', 'There is no city committee to default the scope to; give scopeId.', field);
  await w.requireInScope(Organisation, city.id, field);
  return city;
}
