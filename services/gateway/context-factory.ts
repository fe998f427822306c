import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import type { AnalyticsEngine } from '../../analytics/engine.js';
import { createAnalyticsLoaders } from '../../analytics/loaders.js';
import { findMetric } from '../../analytics/metric-catalogue.js';
import type { GraphQLContext } from '../../schema/context.js';
import { createHierarchyLoaders } from '../hierarchy/hierarchy.loaders.js';
import { createMembershipLoaders } from '../membership/membership.loaders.js';
import { createOversightLoaders } from '../oversight/oversight.loaders.js';
import { createProgrammesLoaders } from '../programmes/programmes.loaders.js';
import type { MetricCheck } from '../programmes/target.service.js';
import { EntityLoaders } from '../store/query/entity-loaders.js';

export interface ContextDeps {
  orm: MikroORM;
  analytics?: AnalyticsEngine;
  onCommitted?: () => void;
}

const CALLER_HEADER = 'x-civicgraph-user';
const CALLER = /^[\p{L}\p{N}._@:-]{1,100}$/u;

/** The caller id recorded on writes; anything missing or malformed counts as "anonymous". */
function callerId(request: FastifyRequest): string {
  const raw = request.headers[CALLER_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && CALLER.test(value) ? value : 'anonymous';
}

// The analytics catalogue judges the metric ids that write services store (targets).
const checkMetric: MetricCheck = (metric, field) => {
  findMetric(metric, field);
};

/**
 * The one per-request context factory: an EntityManager fork, fresh loaders over it (so batching
 * and caching never cross requests), and the caller.
 */
export function createContextFactory(deps: ContextDeps): (request: FastifyRequest) => Promise<GraphQLContext> {
  return async (request) => {
    const em = deps.orm.em.fork();
    const entities = new EntityLoaders(em);
    return {
      em,
      loaders: {
        entities,
        hierarchy: createHierarchyLoaders(em, entities),
        membership: createMembershipLoaders(em),
        oversight: createOversightLoaders(em),
        programmes: createProgrammesLoaders(em),
        analytics: createAnalyticsLoaders(deps.analytics),
      },
      caller: { id: callerId(request) },
      requestId: request.id,
      analytics: deps.analytics,
      onCommitted: deps.onCommitted,
      checkMetric,
    };
  };
}
