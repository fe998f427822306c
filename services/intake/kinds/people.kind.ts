import { DomainError } from '../../errors.js';
import type { IntakeKind } from '../intake-kind.js';
import { type NewPerson, newPersonRows } from '../new-person-rows.js';

/**
 * Người, one row each: someone new to the records with their own details, as admitMember's `person`
 * takes them (services/hierarchy/person-fields.ts). A person with no membership, position or meeting
 * lies in no subtree, so only a caller of the whole forest records one, as only they found a root.
 */
export const peopleKind: IntakeKind<NewPerson> = {
  name: 'people',
  label: 'Người',
  columns: newPersonRows.columns,

  check(values, { w, people }) {
    if (w.caller.scope.organisationId !== null) {
      throw new DomainError(
        'FORBIDDEN',
        `Someone with no tie to an organisation lies outside your scope (${w.caller.scope.code}).`,
      );
    }
    return newPersonRows.check(values, people);
  },

  async write(records, w) {
    return { table: 'person', ids: await newPersonRows.write(w, records) };
  },
};
