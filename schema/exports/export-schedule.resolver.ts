import { Ctx, Query, Resolver } from 'type-graphql';
import { ExportSchedule } from '../../services/exports/export-schedule.entity.js';
import type { GraphQLContext } from '../context.js';
import { ExportScheduleType } from './export-schedule.type.js';

@Resolver(() => ExportScheduleType)
export class ExportScheduleResolver {
  @Query(() => [ExportScheduleType], { description: 'Every export schedule, by name.' })
  exportSchedules(@Ctx() ctx: GraphQLContext) {
    // Like their runs, schedules are for whole-city callers only.
    if (ctx.caller.scope.organisationId !== null) return [];
    return ctx.em.find(ExportSchedule, {}, { orderBy: { name: 'asc' } });
  }
}
