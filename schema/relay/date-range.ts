import { DomainError } from '../../services/errors.js';

/** Refuses a range whose start is after its end, naming the start argument. */
export function checkRange(from: string | null | undefined, to: string | null | undefined, fromField: string): void {
  if (from && to && from > to) {
    throw new DomainError('BAD_USER_INPUT', `${fromField} (${from}) is after the end of the range (${to})`, [
      fromField,
    ]);
  }
}
