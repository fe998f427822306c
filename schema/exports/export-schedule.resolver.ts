import { Ctx, Query, Resolver } from 'type-graphql';
import { ExportSchedule } from '../../services/exports/export-schedule.entity.js';
import type { GraphQLContext } from '../context.js';
import { ExportScheduleType } from './export-schedule.type.js';

@Resolver(() => ExportScheduleType)
export class ExportScheduleResolver {
  @Query(() => [ExportScheduleType], { description: 'Every export schedule, by name.' })
  exportSchedules(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(ExportSchedule, {}, { orderBy: { name: 'asc' } });
  }
}
