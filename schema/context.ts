import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnalyticsEngine } from '../analytics/engine.js';
import type { Exports } from '../analytics/exports/exports.js';
import type { AnalyticsLoaders } from '../analytics/loaders.js';
import type { AccessLoaders } from '../services/access/access.loaders.js';
import type { AuditTrail, RequestOrigin } from '../services/access/audit-trail.js';
import type { Caller } from '../services/access/caller.js';
import type { CorrectionsLoaders } from '../services/corrections/corrections.loaders.js';
import type { ExportsLoaders } from '../services/exports/exports.loaders.js';
import type { HierarchyLoaders } from '../services/hierarchy/hierarchy.loaders.js';
import type { MembershipLoaders } from '../services/membership/membership.loaders.js';
import type { OversightLoaders } from '../services/oversight/oversight.loaders.js';
import type { ProgrammesLoaders } from '../services/programmes/programmes.loaders.js';
import type { MetricCheck } from '../services/programmes/target.service.js';
import type { EntityLoaders } from '../services/store/query/entity-loaders.js';

/** Fresh per request: batching and caching never leak from one request (or caller) to another. */
export interface Loaders {
  entities: EntityLoaders;
  hierarchy: HierarchyLoaders;
  membership: MembershipLoaders;
  oversight: OversightLoaders;
  programmes: ProgrammesLoaders;
  analytics: AnalyticsLoaders;
  access: AccessLoaders;
  exports: ExportsLoaders;
  corrections: CorrectionsLoaders;
}

/** What every resolver receives; built by services/gateway/context-factory.ts, one per request. */
export interface GraphQLContext {
  /** A fork of the ORM's EntityManager for this request only. */
  em: EntityManager;
  /** Every read goes through them; they only see rows of the caller's scope. */
  loaders: Loaders;
  /** The authenticated caller: recorded as created_by / updated_by, checked by every rule. */
  caller: Caller;
  origin: RequestOrigin;
  analytics?: AnalyticsEngine;
  /** Export queues and runs; absent on a server started without them. */
  exports?: Exports;
  /** Mutations call it after a commit so the analytics replica can re-sync. */
  onCommitted?: () => void;
  /** Whether the analytics know a metric, for the write services that name one (targets). */
  checkMetric: MetricCheck;
  /** Set for the duration of one mutation: its audit line. */
  audit?: AuditTrail;
  /** The most data rows an intake file may hold (INTAKE_MAX_ROWS). */
  intakeMaxRows: number;
}
