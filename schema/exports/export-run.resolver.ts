import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { resolvePeriod } from '../../analytics/relative-period.js';
import { ExportRun } from '../../services/exports/export-run.entity.js';
import { ExportSchedule } from '../../services/exports/export-schedule.entity.js';
import { downloadUrl } from '../../services/gateway/export-downloads.js';
import { PeriodType } from '../analytics/period.type.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { fromGlobalId } from '../relay/global-id.js';
import { loadConnection } from '../relay/load-connection.js';
import { ExportFileType } from './export-file.type.js';
import { ExportRunConnection, ExportRunType } from './export-run.type.js';
import { ExportRunsArgs } from './export-runs.args.js';
import { ExportScheduleType } from './export-schedule.type.js';
import { OWNER_SCOPE_DESCRIPTION, ownerScopeOf } from './owner-scope.js';

@Resolver(() => ExportRunType)
export class ExportRunResolver {
  @Query(() => ExportRunType, { nullable: true, description: 'One export run by id; null when there is none.' })
  exportRun(@Arg('id', () => ID, { description: 'An ExportRun id.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.of(ExportRun).load(fromGlobalId(id, ['id'], 'ExportRun').id);
  }

  @Query(() => ExportRunConnection, { description: 'Export runs of your scope, newest first.' })
  exportRuns(
    @Args(() => ExportRunsArgs) args: ExportRunsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.exports.runs, 0, args, () => args.toList(), info);
  }

  @FieldResolver(() => PeriodType, {
    description: 'The absolute period the run exports (a relative one resolved at resolveAt), with its label.',
  })
  period(@Root() run: ExportRun): PeriodType {
    return resolvePeriod(run.periodText, run.resolveAt);
  }

  @FieldResolver(() => [ExportFileType], {
    description: 'Its files once it succeeded (empty before, and after retention).',
  })
  files(@Root() run: ExportRun): ExportFileType[] {
    if (run.prunedAt) return [];
    return (run.files ?? []).map((f) => ({ ...f, url: downloadUrl(run.id, f.name) }));
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: OWNER_SCOPE_DESCRIPTION })
  ownerScope(@Root() run: ExportRun, @Ctx() ctx: GraphQLContext) {
    return ownerScopeOf(run, ctx);
  }

  @FieldResolver(() => ExportScheduleType, { nullable: true, description: 'The schedule of a scheduled run.' })
  schedule(@Root() run: ExportRun, @Ctx() ctx: GraphQLContext) {
    return run.schedule ? ctx.loaders.entities.of(ExportSchedule).load(run.schedule.id) : null;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: 'The spec field at fault, e.g. ["spec", "tables", "2", "metric"].',
  })
  errorField(@Root() run: ExportRun): string[] | null {
    return run.errorField?.map(String) ?? null;
  }
}
