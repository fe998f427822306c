import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Person } from '../../services/hierarchy/person.entity.js';
import { InspectionTeam } from '../../services/oversight/inspection-team.entity.js';
import type { InspectionTeamMember } from '../../services/oversight/inspection-team-member.entity.js';
import type { GraphQLContext } from '../context.js';
import { PersonType } from '../hierarchy/person.type.js';
import { InspectionTeamType } from './inspection-team.type.js';
import { InspectionTeamMemberType } from './inspection-team-member.type.js';

@Resolver(() => InspectionTeamMemberType)
export class InspectionTeamMemberResolver {
  @FieldResolver(() => InspectionTeamType, { description: 'The team.' })
  team(@Root() m: InspectionTeamMember, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(InspectionTeam, m.team);
  }

  @FieldResolver(() => PersonType, { description: 'Who serves on it.' })
  person(@Root() m: InspectionTeamMember, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Person, m.person);
  }
}
