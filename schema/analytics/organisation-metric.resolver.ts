import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { findMetric } from '../../analytics/metric-catalogue.js';
import { parsePeriod } from '../../analytics/parse-period.js';
import type { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { OrganisationMetricType } from './organisation-metric.type.js';

@Resolver(() => OrganisationType)
export class OrganisationMetricResolver {
  @FieldResolver(() => OrganisationMetricType, {
    description: 'A metric of the catalogue in a period for this subtree; over a list, one analytics query per batch.',
  })
  async metric(
    @Root() organisation: Organisation,
    @Arg('id', () => String, { description: 'A metric id from `metrics`.' }) id: string,
    @Arg('period', () => String, { description: 'A period, e.g. "2022-H1".' }) period: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganisationMetricType> {
    const metric = findMetric(id, ['id']);
    const parsed = parsePeriod(period);
    const value = await ctx.loaders.analytics.organisationMetric.load({
      metric: id,
      period,
      organisationId: organisation.id,
    });
    return OrganisationMetricType.from(metric, parsed, value);
  }
}
