import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { Meeting } from '../../services/programmes/meeting.entity.js';
import { Programme } from '../../services/programmes/programme.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { DocumentType } from './document.type.js';
import { MeetingConnection, MeetingType } from './meeting.type.js';
import { MeetingParticipantType } from './meeting-participant.type.js';
import { MeetingsArgs } from './meetings.args.js';
import { ProgrammeType } from './programme.type.js';

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings, by body and dates.' })
  meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadConnection(ctx.loaders.programmes.meetings, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => OrganisationType, { description: 'The body that held it.' })
  body(@Root() m: Meeting, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, m.body);
  }

  @FieldResolver(() => ProgrammeType, { nullable: true, description: 'The programme it was about, if any.' })
  programme(@Root() m: Meeting, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Programme, m.programme);
  }

  @FieldResolver(() => [MeetingParticipantType], { description: 'Chairs and attendees, in protocol order.' })
  participants(@Root() m: Meeting, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.programmes.participants.load(m.id);
  }

  @FieldResolver(() => [DocumentType], { description: 'The documents discussed or adopted.' })
  documents(@Root() m: Meeting, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.programmes.documentsOfMeeting.load(m.id);
  }
}
