import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Inspection } from '../../services/oversight/inspection.entity.js';
import { InspectionTeam } from '../../services/oversight/inspection-team.entity.js';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { InspectionConnection, InspectionType } from './inspection.type.js';
import { InspectionTeamType } from './inspection-team.type.js';
import { InspectionsArgs } from './inspections.args.js';
import { InspectionType as InspectionKind } from './oversight-enums.type.js';

@Resolver(() => InspectionType)
export class InspectionResolver {
  @Query(() => InspectionConnection, {
    description: 'Inspections, filtered by subtree, subject, type, committee and dates, paginated.',
  })
  inspections(
    @Args(() => InspectionsArgs) args: InspectionsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.inspections, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => String, { description: 'The type in Vietnamese, e.g. "Kiểm tra khi có dấu hiệu vi phạm".' })
  typeLabel(@Root() i: Inspection): string {
    return labelOf(InspectionKind, i.type);
  }

  @FieldResolver(() => InspectionTeamType, { nullable: true, description: 'The team that carried it out, if any.' })
  team(@Root() i: Inspection, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(InspectionTeam, i.team);
  }
}
