import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { InspectionTeam } from '../../services/oversight/inspection-team.entity.js';
import { Programme } from '../../services/programmes/programme.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { DocumentType } from '../programmes/document.type.js';
import { ProgrammeType } from '../programmes/programme.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { InspectionConnection } from './inspection.type.js';
import { InspectionTeamConnection, InspectionTeamType } from './inspection-team.type.js';
import { InspectionTeamMemberType } from './inspection-team-member.type.js';
import { InspectionTeamsArgs } from './inspection-teams.args.js';
import { InspectionsArgs } from './inspections.args.js';

@Resolver(() => InspectionTeamType)
export class InspectionTeamResolver {
  @Query(() => InspectionTeamConnection, { description: 'Inspection teams, by forming committee and dates.' })
  inspectionTeams(
    @Args(() => InspectionTeamsArgs) args: InspectionTeamsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.teams, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => OrganisationType, { description: 'The committee that formed the team.' })
  formedBy(@Root() t: InspectionTeam, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, t.formedBy);
  }

  @FieldResolver(() => ProgrammeType, { nullable: true, description: 'The programme the team checks, if any.' })
  programme(@Root() t: InspectionTeam, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Programme, t.programme);
  }

  @FieldResolver(() => [DocumentType], {
    description: 'The documents the team checks compliance with (e.g. 55-QĐ/TW).',
  })
  documents(@Root() t: InspectionTeam, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.oversight.documentsOfTeam.load(t.id);
  }

  @FieldResolver(() => [InspectionTeamMemberType], { description: 'Its head, deputies and members, in list order.' })
  members(@Root() t: InspectionTeam, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.oversight.membersOfTeam.load(t.id);
  }

  @FieldResolver(() => InspectionConnection, { description: 'The inspections the team carried out.' })
  inspections(
    @Root() t: InspectionTeam,
    @Args(() => InspectionsArgs) args: InspectionsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.inspections, t.id, args, () => args.toList('team'), info);
  }
}
