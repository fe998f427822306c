import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Meeting } from '../../services/programmes/meeting.entity.js';
import { MeetingService } from '../../services/programmes/meeting.service.js';
import type { GraphQLContext } from '../context.js';
import { RecordMeetingInput } from './meeting.inputs.js';
import { MeetingType } from './meeting.type.js';

@Resolver()
export class MeetingMutations {
  @Mutation(() => MeetingType, {
    description:
      'Records a meeting with its participants and documents. Refusals: NO_PARTICIPANTS, DUPLICATE_PERSON, ' +
      'ORGANISATION_DISSOLVED, DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  recordMeeting(
    @Arg('input', () => RecordMeetingInput, { description: 'The body, day, title, participants and documents.' })
    input: RecordMeetingInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return new MeetingService(ctx).record(input.toService());
  }
}
