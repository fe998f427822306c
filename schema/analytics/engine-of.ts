import type { AnalyticsEngine } from '../../analytics/engine.js';
import { unavailable } from '../../analytics/loaders.js';
import type { GraphQLContext } from '../context.js';

/** The request's analytics engine, or ANALYTICS_UNAVAILABLE when the server runs without one. */
export function engineOf(ctx: GraphQLContext): AnalyticsEngine {
  if (!ctx.analytics) throw unavailable();
  return ctx.analytics;
}
