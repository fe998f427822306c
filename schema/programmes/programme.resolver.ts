import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { todayInVietnam } from '../../services/calendar.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { Programme } from '../../services/programmes/programme.entity.js';
import { ITEM_STATUSES } from '../../services/programmes/programme-item-status.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { InspectionTeamConnection } from '../oversight/inspection-team.type.js';
import { InspectionTeamsArgs } from '../oversight/inspection-teams.args.js';
import { AsOfArg } from '../relay/as-of.arg.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { MeetingConnection } from './meeting.type.js';
import { MeetingsArgs } from './meetings.args.js';
import { ProgrammeConnection, ProgrammeType } from './programme.type.js';
import { ProgrammeItemConnection } from './programme-item-edge.type.js';
import { ProgrammeItemsArgs } from './programme-items.args.js';
import { ProgrammesArgs } from './programmes.args.js';
import { ItemStatus } from './programmes-enums.type.js';
import { StatusCountType } from './status-count.type.js';

@Resolver(() => ProgrammeType)
export class ProgrammeResolver {
  @Query(() => ProgrammeType, { nullable: true, description: 'One programme by code, e.g. "01-CTr/TU"; null if none.' })
  programme(@Arg('code', () => String, { description: 'Programme code.' }) code: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.programmes.programmeByCode.load(code);
  }

  @Query(() => ProgrammeConnection, { description: 'Work programmes, by code.' })
  programmes(
    @Args(() => ProgrammesArgs) args: ProgrammesArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.programmes.programmes, 0, args, () => args.toList(), info);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The steering committee (Ban Chỉ đạo).' })
  steeringCommittee(@Root() p: Programme, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, p.steeringCommittee);
  }

  @FieldResolver(() => ProgrammeItemConnection, {
    description: 'Items assigned by the day asOf, each edge carrying that day; filter by their status on it.',
  })
  async items(
    @Root() p: Programme,
    @Args(() => ProgrammeItemsArgs) args: ProgrammeItemsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = args.toList();
    return loadConnection(ctx.loaders.programmes.items, p.id, args, () => list, info, { asOf: list.asOf });
  }

  @FieldResolver(() => [StatusCountType], {
    description:
      'Items per status on the day (the latest change on or before it), every status listed, zeros included.',
  })
  async statusCounts(
    @Root() p: Programme,
    @AsOfArg('to count on') asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StatusCountType[]> {
    const counts = await ctx.loaders.programmes.statusCounts.load({ id: p.id, asOf: asOf ?? todayInVietnam() });
    return ITEM_STATUSES.map((status) => ({ status, label: labelOf(ItemStatus, status), count: counts[status] ?? 0 }));
  }

  @FieldResolver(() => MeetingConnection, { description: 'Meetings on this programme (reviews, steering sessions).' })
  meetings(
    @Root() p: Programme,
    @Args(() => MeetingsArgs) args: MeetingsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.programmes.meetings, p.id, args, () => args.toList('programme'), info);
  }

  @FieldResolver(() => InspectionTeamConnection, { description: 'Inspection teams formed on this programme.' })
  inspectionTeams(
    @Root() p: Programme,
    @Args(() => InspectionTeamsArgs) args: InspectionTeamsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.teams, p.id, args, () => args.toList('programme'), info);
  }
}
