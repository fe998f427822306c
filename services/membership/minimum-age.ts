import { DomainError } from '../errors.js';
import type { FieldPath } from '../write/parse-input.js';

/** The Party Statute admits from the age of 18. */
const MINIMUM_AGE = 18;

/** UNDER_AGE unless someone born in `birthYear` is 18 in the year of `admittedOn`. */
export function requireAdmissionAge(birthYear: number, admittedOn: string, field: FieldPath): void {
  if (Number(admittedOn.slice(0, 4)) - birthYear < MINIMUM_AGE) {
    throw new DomainError(
      'UNDER_AGE',
      `Someone born in ${birthYear} cannot be admitted (on ${admittedOn}) before the age of ${MINIMUM_AGE}.`,
      field,
    );
  }
}
