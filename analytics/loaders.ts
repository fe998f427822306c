import DataLoader from 'dataloader';
import { DomainError } from '../services/errors.js';
import type { AnalyticsEngine } from './engine.js';

export interface OrganisationMetricKey {
  metric: string;
  period: string;
  organisationId: number;
}

/** Per-request analytics loaders; the gateway's context factory makes them with the request's engine. */
export interface AnalyticsLoaders {
  /** `Organisation.metric(id, period)` over a list: one DuckDB statement per (metric, period) in the batch. */
  organisationMetric: DataLoader<OrganisationMetricKey, number, string>;
}

export function createAnalyticsLoaders(engine: AnalyticsEngine | undefined): AnalyticsLoaders {
  return {
    organisationMetric: new DataLoader<OrganisationMetricKey, number, string>(
      async (keys) => {
        if (!engine) return keys.map(() => unavailable());
        const groups = new Map<string, { metric: string; period: string; at: number[] }>();
        keys.forEach((k, i) => {
          const id = JSON.stringify([k.metric, k.period]);
          const group = groups.get(id) ?? { metric: k.metric, period: k.period, at: [] };
          group.at.push(i);
          groups.set(id, group);
        });
        const out: (number | Error)[] = new Array(keys.length);
        await Promise.all(
          [...groups.values()].map(async (g) => {
            const ids = g.at.map((i) => (keys[i] as OrganisationMetricKey).organisationId);
            try {
              const values = await engine.organisationValues(g.metric, g.period, ids);
              g.at.forEach((at, j) => {
                out[at] = values[j] as number;
              });
            } catch (e) {
              for (const at of g.at) out[at] = e instanceof Error ? e : new Error(String(e));
            }
          }),
        );
        return out;
      },
      { cacheKeyFn: (k) => JSON.stringify([k.metric, k.period, k.organisationId]) },
    ),
  };
}

/** The refusal when the platform runs without its analytics engine. */
export function unavailable(): DomainError {
  return new DomainError('ANALYTICS_UNAVAILABLE', 'The analytics engine is not running on this server');
}
