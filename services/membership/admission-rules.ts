import { addMonths } from '../calendar.js';
import { DomainError } from '../errors.js';
import type { Organisation } from '../hierarchy/organisation.entity.js';
import { CELL_KINDS } from '../hierarchy/organisation-kinds.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';

/** The Party Statute admits from the age of 18 and sets a 12-month probation. */
const MINIMUM_AGE = 18;
const PROBATION_MONTHS = 12;

/** What the rules read of a cell: the mutation passes the entity, bulk intake its directory entry. */
export type AdmissionCell = Pick<Organisation, 'name' | 'kind' | 'foundedOn' | 'dissolvedOn'>;

/**
 * The rules of an admission, one copy for admitMember and for bulk intake: the day is not in the
 * future, the cell is a chi bộ alive that day, the person is of age; probation ends 12 months later.
 */
export const admissionRules = {
  day(w: WriteUnit, admittedOn: string, field: FieldPath): void {
    w.notInFuture(admittedOn, field);
  },

  cell(w: WriteUnit, cell: AdmissionCell, admittedOn: string, field: FieldPath): void {
    if (!CELL_KINDS.includes(cell.kind)) {
      throw new DomainError('NOT_A_CELL', `${cell.name} is not a party cell (chi bộ).`, field);
    }
    w.activeOn(cell, admittedOn, field);
  },

  age(birthYear: number, admittedOn: string, field: FieldPath): void {
    if (Number(admittedOn.slice(0, 4)) - birthYear < MINIMUM_AGE) {
      throw new DomainError(
        'UNDER_AGE',
        `Someone born in ${birthYear} cannot be admitted before the age of ${MINIMUM_AGE}.`,
        field,
      );
    }
  },

  probationEndsOn(admittedOn: string): string {
    return addMonths(admittedOn, PROBATION_MONTHS);
  },
};
