import { inputFields } from '../write/input-fields.js';
import { fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { recordRef } from './correction.service.js';
import { type RecordRef, voidCorrected } from './void-record.js';
import type { VoidableEntity } from './voidable.entity.js';

/** What a create mutation's input adds to correct a record: the record it replaces, and why. */
export const correctionFields = {
  corrects: recordRef.optional(),
  correctionReason: inputFields.text.optional(),
};

/**
 * Voids the record `corrects` names (of `kind`, the kind being written) so the new one can replace
 * it, in the same transaction; undefined when the input corrects nothing.
 */
export function correctedRecord<T extends VoidableEntity>(
  w: WriteUnit,
  kind: string,
  input: { corrects?: RecordRef; correctionReason?: string },
): Promise<T | undefined> {
  const reason = input.correctionReason ?? 'Entered wrongly; replaced by a corrected record.';
  return voidCorrected<T>(w, kind, input.corrects, reason, fieldPath('corrects'));
}
