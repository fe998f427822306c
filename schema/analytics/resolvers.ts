import type { ClassType } from 'type-graphql';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AttainmentType } from './attainment.type.js';
import { ComparisonType } from './comparison.type.js';
import { ComparisonRowResolver } from './comparison-row.resolver.js';
import { OrganisationMetricResolver } from './organisation-metric.resolver.js';
import { scopeFieldResolver } from './scope-field.resolver.js';
import { ShareType } from './share.type.js';

/** The analytics resolvers the schema builder registers. */
export const analyticsResolvers: ClassType[] = [
  AnalyticsResolver,
  ComparisonRowResolver,
  OrganisationMetricResolver,
  scopeFieldResolver(ComparisonType),
  scopeFieldResolver(AttainmentType),
  scopeFieldResolver(ShareType),
];
