import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import type { AnalyticsEngine } from '../../analytics/engine.js';
import type { Exports } from '../../analytics/exports/exports.js';
import { createAnalyticsLoaders } from '../../analytics/loaders.js';
import { findMetric } from '../../analytics/metric-catalogue.js';
import type { GraphQLContext } from '../../schema/context.js';
import { createAccessLoaders } from '../access/access.loaders.js';
import { rowScopeOf } from '../access/row-visibility.js';
import { type Config, loadConfig } from '../config.js';
import { createCorrectionsLoaders } from '../corrections/corrections.loaders.js';
import { createExportsLoaders } from '../exports/exports.loaders.js';
import { createHierarchyLoaders } from '../hierarchy/hierarchy.loaders.js';
import { createMembershipLoaders } from '../membership/membership.loaders.js';
import { createOversightLoaders } from '../oversight/oversight.loaders.js';
import { createProgrammesLoaders } from '../programmes/programmes.loaders.js';
import type { MetricCheck } from '../programmes/target.service.js';
import { EntityLoaders } from '../store/query/entity-loaders.js';
import { callerOf } from './authentication.js';

export interface ContextDeps {
  orm: MikroORM;
  analytics?: AnalyticsEngine;
  exports?: Exports;
  onCommitted?: () => void;
  /** The server's configuration (absent: the defaults), for the limits requests obey. */
  config?: Config;
}

// The analytics catalogue judges the metric ids that write services store (targets).
const checkMetric: MetricCheck = (metric, field) => {
  findMetric(metric, field);
};

/**
 * The one per-request context factory: the caller the authentication hook found, an EntityManager
 * fork, and fresh loaders over it that see only the caller's scope (so batching, caching and
 * visibility never cross requests or callers).
 */
export function createContextFactory(deps: ContextDeps): (request: FastifyRequest) => Promise<GraphQLContext> {
  const intakeMaxRows = (deps.config ?? loadConfig({})).INTAKE_MAX_ROWS;
  return async (request) => {
    const caller = callerOf(request);
    const em = deps.orm.em.fork();
    const rows = rowScopeOf(caller.scope);
    const entities = new EntityLoaders(em, rows);
    return {
      em,
      loaders: {
        entities,
        hierarchy: createHierarchyLoaders(em, rows, entities),
        membership: createMembershipLoaders(em, rows),
        oversight: createOversightLoaders(em, rows),
        programmes: createProgrammesLoaders(em, rows),
        analytics: createAnalyticsLoaders(deps.analytics),
        access: createAccessLoaders(em, rows),
        exports: createExportsLoaders(em, rows),
        corrections: createCorrectionsLoaders(em, rows),
      },
      caller,
      origin: { address: request.ip, requestId: String(request.id) },
      analytics: deps.analytics,
      exports: deps.exports,
      onCommitted: deps.onCommitted,
      checkMetric,
      intakeMaxRows,
    };
  };
}
