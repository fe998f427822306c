import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { Consolidation } from './consolidation.entity.js';
import { DESIGNATION_KINDS, Designation } from './designation.entity.js';

const consolidateInput = z.object({
  organisationId: inputFields.id,
  kind: enumField(DESIGNATION_KINDS),
  year: inputFields.year,
  consolidatedOn: inputFields.day,
});
export type RecordConsolidationInput = z.input<typeof consolidateInput>;

/** Declares a designated organisation consolidated; what the consolidation shares count. */
export class ConsolidationService extends WriteService {
  async record(raw: RecordConsolidationInput): Promise<Consolidation> {
    const input = parseInput(consolidateInput, raw);
    return this.write(async (w) => {
      const field = fieldPath('organisationId');
      const dayField = fieldPath('consolidatedOn');
      w.notInFuture(input.consolidatedOn, dayField);
      const organisation = await w.find(Organisation, input.organisationId, field, LockMode.PESSIMISTIC_READ);
      const { kind, year } = input;
      // Locked so that of two concurrent consolidations one waits and then sees the other.
      const designation = await w.em.findOne(
        Designation,
        { organisation, kind, year },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!designation) {
        throw new DomainError('NOT_DESIGNATED', `${organisation.name} was not designated ${kind} for ${year}.`, field);
      }
      const earlier = await w.em.findOne(Consolidation, { designation });
      if (earlier) {
        throw new DomainError(
          'ALREADY_CONSOLIDATED',
          `${organisation.name} was already consolidated on ${earlier.consolidatedOn}.`,
          field,
        );
      }
      w.notBefore(input.consolidatedOn, designation.designatedOn, dayField, 'the designation');
      w.activeOn(organisation, input.consolidatedOn, field);
      return w.create(Consolidation, { designation, consolidatedOn: input.consolidatedOn });
    });
  }
}
