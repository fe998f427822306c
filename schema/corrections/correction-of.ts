import type { RecordRef } from '../../services/corrections/void-record.js';
import { recordRefOf } from './record-ref.js';

/** A create input's correction fields as the write services take them. */
export function correctionOf(input: { corrects?: string | null; correctionReason?: string | null }): {
  corrects?: RecordRef;
  correctionReason?: string;
} {
  return {
    corrects: input.corrects == null ? undefined : recordRefOf(input.corrects, 'corrects'),
    correctionReason: input.correctionReason ?? undefined,
  };
}
