import { correctedRecord } from '../corrections/correction-fields.js';
import { parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { Meeting } from './meeting.entity.js';
import { MeetingParticipant } from './meeting-participant.entity.js';
import { meetingRules, type RecordMeetingInput } from './meeting-rules.js';

/** Records a meeting with its participants in protocol order and its documents. */
export class MeetingService extends WriteService {
  async record(raw: RecordMeetingInput): Promise<Meeting> {
    const input = parseInput(meetingRules.input, raw);
    return this.write(async (w) => {
      const replaces = await correctedRecord<Meeting>(w, 'Meeting', input);
      const { body, programme, people, documents } = await meetingRules.check(w, input);
      const { heldOn, title, purpose } = input;
      const meeting = w.create(Meeting, { heldOn, body, programme, title, purpose, replaces });
      meeting.documents.set(documents);
      // Protocol order from 1, as the loaded world numbers it.
      for (const [i, entry] of input.participants.entries()) {
        const [person, sortOrder] = [people[i], i + 1];
        w.create(MeetingParticipant, { meeting, person, role: entry.role, roleLabel: entry.roleLabel, sortOrder });
      }
      return meeting;
    });
  }
}
