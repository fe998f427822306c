import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { ProgrammeItem } from './programme-item.entity.js';
import { ITEM_STATUSES, ProgrammeItemStatus } from './programme-item-status.entity.js';

const setStatusInput = z.object({
  itemId: inputFields.id,
  status: enumField(ITEM_STATUSES),
  effectiveOn: inputFields.day,
  note: inputFields.text.optional(),
});
export type SetProgrammeItemStatusInput = z.input<typeof setStatusInput>;

/**
 * Moves a programme item to a status from a day on. The history only grows forwards: a change
 * dated on or before the latest one would rewrite what as-of answers already reported.
 */
export class ProgrammeItemStatusService extends WriteService {
  async set(raw: SetProgrammeItemStatusInput): Promise<ProgrammeItem> {
    const input = parseInput(setStatusInput, raw);
    return this.write(async (w) => {
      const dayField = fieldPath('effectiveOn');
      w.notInFuture(input.effectiveOn, dayField);
      // Locked so two concurrent changes are ordered, each seeing the other's date.
      const item = await w.find(ProgrammeItem, input.itemId, fieldPath('itemId'), LockMode.PESSIMISTIC_WRITE);
      w.notBefore(input.effectiveOn, item.assignedOn, dayField, 'the item was assigned');
      const latest = await w.em.findOne(ProgrammeItemStatus, { item }, { orderBy: { effectiveOn: 'desc' } });
      if (latest && input.effectiveOn <= latest.effectiveOn) {
        throw new DomainError(
          'STATUS_OUT_OF_ORDER',
          `The item's latest change (${latest.status}) is effective from ${latest.effectiveOn}; a new one must be later.`,
          dayField,
        );
      }
      if (latest?.status === input.status) {
        throw new DomainError('STATUS_UNCHANGED', `The item is already ${input.status}.`, fieldPath('status'));
      }
      w.create(ProgrammeItemStatus, { item, status: input.status, effectiveOn: input.effectiveOn, note: input.note });
      w.touch(item);
      return item;
    });
  }
}
