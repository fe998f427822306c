import type { ErrorCode } from '../error-codes.js';

/** One thing wrong with a file: where (its row number in the sheet, the header of its column), what and why. */
export interface IntakeProblem {
  row: number;
  column: string | null;
  code: ErrorCode;
  reason: string;
}
