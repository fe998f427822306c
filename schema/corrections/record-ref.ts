import type { RecordRef } from '../../services/corrections/void-record.js';
import { fromGlobalId } from '../relay/global-id.js';

/**
 * The record behind a global id of any kind, as the correction services take it: they tell a kind
 * that is not voidable (NOT_VOIDABLE) or not the one written (NOT_THE_SAME_KIND) from a bad id.
 */
export function recordRefOf(value: string, field: string): RecordRef {
  const { type, id } = fromGlobalId(value, ['input', field]);
  return { kind: type, id };
}
