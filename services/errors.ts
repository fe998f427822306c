import type { ErrorCode } from './error-codes.js';

/**
 * A refusal the caller can act on. `code` is one of ERROR_CODES (stable, documented in the README);
 * `field` is the input path that caused it, e.g. ["input", "admittedOn"]. The GraphQL error
 * formatter turns these into `extensions { code field reason }`; anything else is masked.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: readonly (string | number)[],
    /** More for the client to act on, beside code, field and reason (a record's dependants, an import's problems). */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}
