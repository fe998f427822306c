import { fromGlobalId } from './global-id.js';

/** The database id behind an optional global-id argument, checked to be of `type`. */
export function optionalId(value: string | null | undefined, field: string, type: string): number | undefined {
  return value ? fromGlobalId(value, [field], type).id : undefined;
}
