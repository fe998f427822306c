import { z } from 'zod';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { voidRecord } from './void-record.js';
import type { VoidableEntity } from './voidable.entity.js';

/** A record reference as the services take it: its kind (node type name) and id. */
export const recordRef = z.object({ kind: z.string({ error: 'must be a record kind' }), id: inputFields.id });

const voidRecordInput = z.object({ id: recordRef, reason: inputFields.text });
export type VoidRecordInput = z.input<typeof voidRecordInput>;

/** Corrections, never silent edits: a record entered wrongly is voided, with a reason, and stays on record. */
export class CorrectionService extends WriteService {
  async voidRecord(raw: VoidRecordInput): Promise<VoidableEntity> {
    const input = parseInput(voidRecordInput, raw);
    return this.write((w) => voidRecord(w, input.id, input.reason, fieldPath('id')));
  }
}
