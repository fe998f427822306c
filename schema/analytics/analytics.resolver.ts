import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { AnalyticsStatusType } from './analytics-status.type.js';
import { AttainmentType } from './attainment.type.js';
import { CompareArgs } from './compare.args.js';
import { ComparisonType } from './comparison.type.js';
import { engineOf } from './engine-of.js';
import { MetricType } from './metric.type.js';
import { MetricQuestionArgs } from './metric-question.args.js';
import { mayReadPersonal, questionScope } from './scope-id.js';
import { SeriesArgs } from './series.args.js';
import { SeriesPointType } from './series-point.type.js';
import { ShareType } from './share.type.js';

/** The analytics questions, answered by the DuckDB replica (see analyticsStatus for its freshness). */
@Resolver()
export class AnalyticsResolver {
  @Query(() => [MetricType], { description: 'The metric catalogue.' })
  metrics(@Ctx() ctx: GraphQLContext): MetricType[] {
    return engineOf(ctx).metrics().map(MetricType.from);
  }

  @Query(() => ComparisonType, {
    description: 'A metric in a period against a baseline (same period last year by default), optionally split.',
  })
  async compare(@Args(() => CompareArgs) args: CompareArgs, @Ctx() ctx: GraphQLContext): Promise<ComparisonType> {
    const scope = await questionScope(ctx, args.scope);
    const result = await engineOf(ctx).compare({
      metric: args.metric,
      period: args.period,
      baseline: args.baseline ?? 'SAME_PERIOD_LAST_YEAR',
      scope,
      groupBy: args.groupBy,
      breakdown: args.breakdown,
      where: args.where ?? [],
      personal: mayReadPersonal(ctx),
    });
    return ComparisonType.from(result, Boolean(args.breakdown));
  }

  @Query(() => AttainmentType, { description: "A period's value against the plan target (H1 against the year)." })
  async attainment(
    @Args(() => MetricQuestionArgs) args: MetricQuestionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AttainmentType> {
    const scope = await questionScope(ctx, args.scope);
    return AttainmentType.from(await engineOf(ctx).attainment({ metric: args.metric, period: args.period, scope }));
  }

  @Query(() => ShareType, { description: "A period's value out of the population designated for its year." })
  async share(
    @Args(() => MetricQuestionArgs) args: MetricQuestionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ShareType> {
    const scope = await questionScope(ctx, args.scope);
    return ShareType.from(await engineOf(ctx).share({ metric: args.metric, period: args.period, scope }));
  }

  @Query(() => [SeriesPointType], { description: 'A metric per calendar bucket from `from` to `to`, zeros included.' })
  async series(@Args(() => SeriesArgs) args: SeriesArgs, @Ctx() ctx: GraphQLContext): Promise<SeriesPointType[]> {
    const scope = await questionScope(ctx, args.scope);
    const points = await engineOf(ctx).series({
      ...args,
      scope,
      where: args.where ?? [],
      personal: mayReadPersonal(ctx),
    });
    return points.map(SeriesPointType.from);
  }

  @Query(() => AnalyticsStatusType, { description: 'Freshness of the analytics replica.' })
  analyticsStatus(@Ctx() ctx: GraphQLContext): AnalyticsStatusType {
    return engineOf(ctx).status();
  }
}
