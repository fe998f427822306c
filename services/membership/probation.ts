import { addMonths } from '../calendar.js';

/** The Party Statute sets a 12-month probation from the day of admission. */
const PROBATION_MONTHS = 12;

/** The last day of the probation of a member admitted on `admittedOn` (29 February → 28 February). */
export function probationEndsOn(admittedOn: string): string {
  return addMonths(admittedOn, PROBATION_MONTHS);
}
