import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ExportSchedule } from '../../services/exports/export-schedule.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { ExportScheduleType } from './export-schedule.type.js';
import { OWNER_SCOPE_DESCRIPTION, ownerScopeOf } from './owner-scope.js';

@Resolver(() => ExportScheduleType)
export class ExportScheduleResolver {
  @Query(() => [ExportScheduleType], { description: 'The export schedules of your scope, by name.' })
  exportSchedules(@Ctx() ctx: GraphQLContext) {
    return ctx.loaders.exports.schedules.load(0);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: OWNER_SCOPE_DESCRIPTION })
  ownerScope(@Root() schedule: ExportSchedule, @Ctx() ctx: GraphQLContext) {
    return ownerScopeOf(schedule, ctx);
  }
}
