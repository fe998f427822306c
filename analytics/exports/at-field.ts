import { DomainError } from '../../services/errors.js';

export type FieldPath = readonly (string | number)[];

/**
 * Runs a check written for a live question (whose refusals name its own arguments, e.g. ["groupBy"])
 * so that a refusal names the field inside the spec instead: ["spec", "tables", 2, "groupBy"].
 */
export async function atField<T>(prefix: FieldPath, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code, e.message, [...prefix, ...(e.field ?? [])]);
    throw e;
  }
}
