import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { GRASSROOTS_AND_BELOW_KINDS } from '../hierarchy/organisation-kinds.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { DESIGNATION_KINDS, Designation } from './designation.entity.js';

const designateInput = z
  .object({
    organisationId: inputFields.id,
    kind: enumField(DESIGNATION_KINDS),
    year: inputFields.year,
    designatedOn: inputFields.day,
    plan: inputFields.text,
    monitoredById: inputFields.id.optional(),
  })
  .check((ctx) => {
    const { year, designatedOn } = ctx.value;
    const designatedIn = Number(designatedOn.slice(0, 4));
    // Lists for a year are drawn up during that year or at the end of the one before.
    if (designatedIn !== year && designatedIn !== year - 1) {
      ctx.issues.push({
        code: 'custom',
        input: year,
        path: ['year'],
        message: `a designation made in ${designatedIn} is for ${designatedIn} or ${designatedIn + 1}`,
      });
    }
  });
export type DesignateOrganisationInput = z.input<typeof designateInput>;

/** Names a grassroots organisation as weak (yếu kém) or to be consolidated (củng cố) for a year and a plan. */
export class DesignationService extends WriteService {
  async designate(raw: DesignateOrganisationInput): Promise<Designation> {
    const input = parseInput(designateInput, raw);
    return this.write(async (w) => {
      const field = fieldPath('organisationId');
      w.notInFuture(input.designatedOn, fieldPath('designatedOn'));
      const organisation = await w.find(Organisation, input.organisationId, field, LockMode.PESSIMISTIC_READ);
      if (!GRASSROOTS_AND_BELOW_KINDS.includes(organisation.kind)) {
        throw new DomainError(
          'NOT_A_GRASSROOTS_ORGANISATION',
          `${organisation.name} is not a grassroots party organisation (${GRASSROOTS_AND_BELOW_KINDS.join(', ')}).`,
          field,
        );
      }
      w.activeOn(organisation, input.designatedOn, field);
      const monitoredBy =
        input.monitoredById === undefined
          ? undefined
          : await w.find(Organisation, input.monitoredById, fieldPath('monitoredById'));
      if (monitoredBy) w.activeOn(monitoredBy, input.designatedOn, fieldPath('monitoredById'));
      const { kind, year } = input;
      const existing = await w.em.findOne(Designation, { organisation, kind, year });
      if (existing) {
        throw new DomainError(
          'ALREADY_DESIGNATED',
          `${organisation.name} was already designated ${kind} for ${year} on ${existing.designatedOn}.`,
          fieldPath('year'),
        );
      }
      const { organisationId: _o, monitoredById: _m, ...fields } = input;
      return w.create(Designation, { ...fields, organisation, monitoredBy });
    });
  }
}
