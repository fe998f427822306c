import { z } from 'zod';
import { correctedRecord } from '../corrections/correction-fields.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { oversightSubject } from './oversight-subject.service.js';
import { SUPERVISION_TYPES, Supervision } from './supervision.entity.js';

const recordSupervisionInput = oversightSubject.input({
  type: enumField(SUPERVISION_TYPES),
  occurredOn: inputFields.day,
});
export type RecordSupervisionInput = z.input<typeof recordSupervisionInput>;

/** Giám sát: records that a committee supervised an organisation or a member on a day. */
export class SupervisionService extends WriteService {
  async record(raw: RecordSupervisionInput): Promise<Supervision> {
    const input = parseInput(recordSupervisionInput, raw);
    return this.write(async (w) => {
      const replaces = await correctedRecord<Supervision>(w, 'Supervision', input);
      const parties = await oversightSubject.resolve(w, input, input.occurredOn, fieldPath('occurredOn'));
      return w.create(Supervision, { ...parties, type: input.type, occurredOn: input.occurredOn, replaces });
    });
  }
}
