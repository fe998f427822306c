import { inputFields } from '../write/input-fields.js';
import { fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { recordRef } from './correction.service.js';
import { type RecordRef, voidCorrected, type WrittenKind } from './void-record.js';
import type { VoidableEntity } from './voidable.entity.js';

/** What a create mutation's input adds to correct a record: the record it replaces, and why. */
export const correctionFields = {
  corrects: recordRef.optional(),
  correctionReason: inputFields.text.optional(),
};

/**
 * Voids the record `corrects` names (of `kind`, the kind being written: a node type, or a node type
 * and subkind such as an exit MembershipEvent) so the new one can replace it, in the same transaction;
 * undefined when the input corrects nothing.
 */
export function correctedRecord<T extends VoidableEntity>(
  w: WriteUnit,
  kind: string | WrittenKind,
  input: { corrects?: RecordRef; correctionReason?: string },
): Promise<T | undefined> {
  const reason = input.correctionReason ?? 'Entered wrongly; replaced by a corrected record.';
  const written = typeof kind === 'string' ? { type: kind } : kind;
  return voidCorrected<T>(w, written, input.corrects, reason, fieldPath('corrects'));
}
