import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Person } from '../../services/hierarchy/person.entity.js';
import { Meeting } from '../../services/programmes/meeting.entity.js';
import type { MeetingParticipant } from '../../services/programmes/meeting-participant.entity.js';
import type { GraphQLContext } from '../context.js';
import { PersonType } from '../hierarchy/person.type.js';
import { MeetingType } from './meeting.type.js';
import { MeetingParticipantType } from './meeting-participant.type.js';

@Resolver(() => MeetingParticipantType)
export class MeetingParticipantResolver {
  @FieldResolver(() => MeetingType, { description: 'The meeting.' })
  meeting(@Root() p: MeetingParticipant, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Meeting, p.meeting);
  }

  @FieldResolver(() => PersonType, { description: 'Who took part.' })
  person(@Root() p: MeetingParticipant, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Person, p.person);
  }
}
