import { DomainError } from '../errors.js';

/**
 * Runs a mutation's rule on a row's values, its refusal naming the row's column: the last segment of
 * the rule's field (["input", "transferredOn"]) renamed by `columns` where the sheet calls it otherwise.
 */
export function onColumns<T>(columns: Readonly<Record<string, string>>, rule: () => T): T {
  try {
    return rule();
  } catch (e) {
    if (!(e instanceof DomainError) || !e.field?.length) throw e;
    const last = String(e.field[e.field.length - 1]);
    throw new DomainError(e.code, e.message, [columns[last] ?? last], e.details);
  }
}
