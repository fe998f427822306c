import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { TEAM_FORMING_KINDS } from '../hierarchy/organisation-kinds.js';
import type { Person } from '../hierarchy/person.entity.js';
import type { Document } from '../programmes/document.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { listedRecords } from '../write/listed-records.js';
import { fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { TEAM_ROLES } from './inspection-team-member.entity.js';

const formInspectionTeamInput = z.object({
  name: inputFields.text,
  formedById: inputFields.id,
  formedOn: inputFields.day,
  programmeId: inputFields.id.optional(),
  members: z
    .array(
      z.object({ personId: inputFields.id, role: enumField(TEAM_ROLES), roleLabel: inputFields.text.optional() }),
      { error: 'must be a list of members' },
    )
    .max(100, { error: 'must list at most 100 members' }),
  documentIds: listedRecords.documentIds,
  ...correctionFields,
});

export type FormInspectionTeamInput = z.input<typeof formInspectionTeamInput>;

/** A team, checked: the body forming it, its programme, its people in list order and its documents. */
export interface CheckedTeam {
  formedBy: Organisation;
  programme?: Programme;
  people: Person[];
  documents: Document[];
}

/**
 * Đoàn kiểm tra: formed on a day by a party committee, its standing committee or its inspection
 * commission (NOT_A_COMMITTEE otherwise), existing that day; led by a head (NO_PARTICIPANTS
 * without one), nobody twice; on a programme and documents, when given. Checks read, never write.
 */
export const inspectionTeamRules = {
  input: formInspectionTeamInput,

  async check(w: WriteUnit, input: z.output<typeof formInspectionTeamInput>): Promise<CheckedTeam> {
    w.notInFuture(input.formedOn, fieldPath('formedOn'));
    const field = fieldPath('formedById');
    const formedBy = await w.find(Organisation, input.formedById, field);
    if (!TEAM_FORMING_KINDS.includes(formedBy.kind)) {
      throw new DomainError(
        'NOT_A_COMMITTEE',
        `${formedBy.name} is not a party committee, standing committee or inspection commission.`,
        field,
      );
    }
    w.activeOn(formedBy, input.formedOn, field);
    const programme =
      input.programmeId === undefined
        ? undefined
        : await w.find(Programme, input.programmeId, fieldPath('programmeId'));
    const people = await listedRecords.people(w, input.members, 'head', 'members');
    const documents = await listedRecords.documents(w, input.documentIds, 'documentIds');
    return { formedBy, programme, people, documents };
  },
};
