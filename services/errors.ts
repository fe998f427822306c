/**
 * A refusal the caller can act on. `code` is stable and documented (README, "Error codes");
 * `field` is the input path that caused it, e.g. ["input", "admittedOn"]. The GraphQL error
 * formatter turns these into `extensions { code field reason }`; anything else is masked.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: string,
    message: string,
    readonly field?: readonly (string | number)[],
  ) {
    super(message);
  }
}
