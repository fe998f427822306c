import { z } from 'zod';
import { correctedRecord } from '../corrections/correction-fields.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { DISCIPLINE_FORMS, DisciplinaryAction } from './disciplinary-action.entity.js';
import { oversightRules } from './oversight-rules.js';
import { oversightSubject } from './oversight-subject.service.js';

const recordDisciplinaryActionInput = oversightSubject.input({
  form: enumField(DISCIPLINE_FORMS),
  decidedOn: inputFields.day,
});
export type RecordDisciplinaryActionInput = z.input<typeof recordDisciplinaryActionInput>;

/**
 * Kỷ luật: records a decision against an organisation or a member. The decision only: an
 * expulsion's exit from the roll (ExitService.recordExit) and a dissolution are written by their own mutations.
 */
export class DisciplinaryActionService extends WriteService {
  async record(raw: RecordDisciplinaryActionInput): Promise<DisciplinaryAction> {
    const input = parseInput(recordDisciplinaryActionInput, raw);
    oversightRules.disciplineForm(input.form, input.subjectMemberId !== undefined, fieldPath('form'));
    return this.write(async (w) => {
      const replaces = await correctedRecord<DisciplinaryAction>(w, 'DisciplinaryAction', input);
      const parties = await oversightSubject.resolve(w, input, input.decidedOn, fieldPath('decidedOn'));
      return w.create(DisciplinaryAction, { ...parties, form: input.form, decidedOn: input.decidedOn, replaces });
    });
  }
}
