import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import type { Person } from '../hierarchy/person.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { listedRecords } from '../write/listed-records.js';
import { fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import type { Document } from './document.entity.js';
import { PARTICIPANT_ROLES } from './meeting-participant.entity.js';
import { Programme } from './programme.entity.js';

const recordMeetingInput = z.object({
  bodyId: inputFields.id,
  heldOn: inputFields.day,
  title: inputFields.text,
  purpose: inputFields.text.optional(),
  programmeId: inputFields.id.optional(),
  participants: z
    .array(
      z.object({
        personId: inputFields.id,
        role: enumField(PARTICIPANT_ROLES),
        roleLabel: inputFields.text.optional(),
      }),
      { error: 'must be a list of participants' },
    )
    .max(500, { error: 'must list at most 500 participants' }),
  documentIds: listedRecords.documentIds,
  ...correctionFields,
});

export type RecordMeetingInput = z.input<typeof recordMeetingInput>;

/** A meeting, checked: the body holding it, its programme, its people in protocol order and its documents. */
export interface CheckedMeeting {
  body: Organisation;
  programme?: Programme;
  people: Person[];
  documents: Document[];
}

/**
 * Hội nghị: held on a day by a body existing that day, chaired by at least one participant
 * (NO_PARTICIPANTS), nobody twice; about a programme and documents, when given. Checks read,
 * never write.
 */
export const meetingRules = {
  input: recordMeetingInput,

  async check(w: WriteUnit, input: z.output<typeof recordMeetingInput>): Promise<CheckedMeeting> {
    w.notInFuture(input.heldOn, fieldPath('heldOn'));
    const body = await w.find(Organisation, input.bodyId, fieldPath('bodyId'));
    w.activeOn(body, input.heldOn, fieldPath('bodyId'));
    const programme =
      input.programmeId === undefined
        ? undefined
        : await w.find(Programme, input.programmeId, fieldPath('programmeId'));
    const people = await listedRecords.people(w, input.participants, 'chair', 'participants');
    const documents = await listedRecords.documents(w, input.documentIds, 'documentIds');
    return { body, programme, people, documents };
  },
};
