import { z } from 'zod';
import { correctedRecord } from '../corrections/correction-fields.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { INSPECTION_TYPES, Inspection } from './inspection.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { oversightSubject } from './oversight-subject.service.js';

const recordInspectionInput = oversightSubject.input({
  type: enumField(INSPECTION_TYPES),
  teamId: inputFields.id.optional(),
  occurredOn: inputFields.day,
});
export type RecordInspectionInput = z.input<typeof recordInspectionInput>;

/** Kiểm tra: records that a committee inspected an organisation or a member on a day. */
export class InspectionService extends WriteService {
  async record(raw: RecordInspectionInput): Promise<Inspection> {
    const input = parseInput(recordInspectionInput, raw);
    return this.write(async (w) => {
      const replaces = await correctedRecord<Inspection>(w, 'Inspection', input);
      const parties = await oversightSubject.resolve(w, input, input.occurredOn, fieldPath('occurredOn'));
      let team: InspectionTeam | undefined;
      if (input.teamId !== undefined) {
        team = await w.find(InspectionTeam, input.teamId, fieldPath('teamId'));
        w.notBefore(input.occurredOn, team.formedOn, fieldPath('occurredOn'), `the team was formed`);
      }
      return w.create(Inspection, { ...parties, type: input.type, team, occurredOn: input.occurredOn, replaces });
    });
  }
}
