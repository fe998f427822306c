import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { InspectionTeam } from '../../services/oversight/inspection-team.entity.js';
import { InspectionTeamService } from '../../services/oversight/inspection-team.service.js';
import type { GraphQLContext } from '../context.js';
import { FormInspectionTeamInput } from './inspection-team.inputs.js';
import { InspectionTeamType } from './inspection-team.type.js';

@Resolver()
export class InspectionTeamMutations {
  @Mutation(() => InspectionTeamType, {
    description:
      'Forms an inspection team with its members and documents (counted by inspection_teams where it was formed). ' +
      'Refusals: NO_PARTICIPANTS, DUPLICATE_PERSON, NOT_A_COMMITTEE, ORGANISATION_DISSOLVED, DATE_BEFORE_SUBJECT, ' +
      'DATE_IN_FUTURE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  formInspectionTeam(
    @Arg('input', () => FormInspectionTeamInput, {
      description: 'The team, who formed it and when, its people and documents.',
    })
    input: FormInspectionTeamInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InspectionTeam> {
    return new InspectionTeamService(ctx).form(input.toService());
  }
}
