import type { GraphQLResolveInfo } from 'graphql';
import { Args, type ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { DisciplinaryActionConnection } from './disciplinary-action.type.js';
import { DisciplinaryActionsArgs } from './disciplinary-actions.args.js';
import { InspectionConnection } from './inspection.type.js';
import { InspectionsArgs } from './inspections.args.js';
import { SupervisionConnection } from './supervision.type.js';
import { SupervisionsArgs } from './supervisions.args.js';

/** The inspections, supervisions and disciplinary actions a subject (an organisation or a member) underwent. */
export function SubjectOversightResolver(subject: ClassType, within: 'subjectOrganisation' | 'subjectMember') {
  @Resolver(() => subject)
  class SubjectOversight {
    @FieldResolver(() => InspectionConnection, { description: 'Inspections of this subject.' })
    inspections(
      @Root() s: { id: number },
      @Args(() => InspectionsArgs) args: InspectionsArgs,
      @Ctx() ctx: GraphQLContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return loadConnection(ctx.loaders.oversight.inspections, s.id, args, () => args.toList(within), info);
    }

    @FieldResolver(() => SupervisionConnection, { description: 'Supervisions of this subject.' })
    supervisions(
      @Root() s: { id: number },
      @Args(() => SupervisionsArgs) args: SupervisionsArgs,
      @Ctx() ctx: GraphQLContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return loadConnection(ctx.loaders.oversight.supervisions, s.id, args, () => args.toList(within), info);
    }

    @FieldResolver(() => DisciplinaryActionConnection, { description: 'Disciplinary actions against this subject.' })
    disciplinaryActions(
      @Root() s: { id: number },
      @Args(() => DisciplinaryActionsArgs) args: DisciplinaryActionsArgs,
      @Ctx() ctx: GraphQLContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return loadConnection(ctx.loaders.oversight.disciplinaryActions, s.id, args, () => args.toList(within), info);
    }
  }
  return SubjectOversight;
}
