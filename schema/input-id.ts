import { fromGlobalId } from './relay/global-id.js';

/**
 * The database id behind a global id given in a mutation's `input`; a malformed id, or one of
 * another type, is refused as INVALID_ID at ["input", field].
 */
export function inputId(value: string, field: string, type: string): number;
export function inputId(value: string | null | undefined, field: string, type: string): number | undefined;
export function inputId(value: string | null | undefined, field: string, type: string): number | undefined {
  return value == null ? undefined : fromGlobalId(value, ['input', field], type).id;
}
