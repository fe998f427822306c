import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { DomainError } from '../errors.js';
import type { Organisation } from '../hierarchy/organisation.entity.js';
import type { Person } from '../hierarchy/person.entity.js';
import { inputFields } from '../write/input-fields.js';
import { type FieldPath, fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { joiningPerson } from './joining-person.js';
import { type LiveMember, liveMemberOn, noLaterOversight } from './member-timeline.js';
import { openCell } from './open-cell.js';
import { probationEndsOn } from './probation.js';

const transferMemberInput = z.object({
  memberId: inputFields.id,
  toCellId: inputFields.id,
  transferredOn: inputFields.day,
  ...correctionFields,
});
const transferOutInput = z.object({ memberId: inputFields.id, transferredOn: inputFields.day, ...correctionFields });
const transferInInput = z
  .object({
    ...joiningPerson.fields,
    cellId: inputFields.id,
    admittedOn: inputFields.day,
    fullMemberOn: inputFields.day.optional(),
    arrivedOn: inputFields.day,
    ...correctionFields,
  })
  .check(joiningPerson.exactlyOne);

export type TransferMemberInput = z.input<typeof transferMemberInput>;
export type TransferOutInput = z.input<typeof transferOutInput>;
export type TransferInInput = z.input<typeof transferInInput>;

/** A transfer inside the city, checked: the member, the cell they leave and the cell they join. */
export interface CheckedTransfer extends LiveMember {
  to: Organisation;
}

/** An arrival from outside the city, checked: who, where to, and their standing when they arrive. */
export interface CheckedArrival {
  input: z.output<typeof transferInInput>;
  /** The person on record; undefined for someone new. */
  person: Person | undefined;
  cell: Organisation;
  probationEndsOn: string;
}

/**
 * Chuyển sinh hoạt đảng: the rules of the three transfers, as input schemas and checks that read
 * but never write (the intake of spreadsheets checks a row with them before writing anything).
 */
export const transferRules = {
  within: {
    input: transferMemberInput,
    /** From the cell the member sits in on the day to another open chi bộ (SAME_CELL when it is that one). */
    async check(w: WriteUnit, input: z.output<typeof transferMemberInput>): Promise<CheckedTransfer> {
      const day = fieldPath('transferredOn');
      const live = await liveMemberOn(w, input.memberId, input.transferredOn, fieldPath('memberId'), day);
      await noLaterOversight(w, live.member, input.transferredOn, day);
      const to = await openCell(w, input.toCellId, input.transferredOn, fieldPath('toCellId'));
      transferRules.within.otherCell(live.cell.id, to, fieldPath('toCellId'));
      return { ...live, to };
    },

    /** SAME_CELL when the cell joined is the one the member sits in. */
    otherCell(fromId: number, to: Pick<Organisation, 'id' | 'name'>, field: FieldPath): void {
      if (to.id === fromId)
        throw new DomainError('SAME_CELL', `The member already sits in ${to.name} on that day.`, field);
    },
  },

  out: {
    input: transferOutInput,
    /** Out of the city's organisations from the cell the member sits in on the day. */
    async check(w: WriteUnit, input: z.output<typeof transferOutInput>): Promise<LiveMember> {
      const day = fieldPath('transferredOn');
      const live = await liveMemberOn(w, input.memberId, input.transferredOn, fieldPath('memberId'), day);
      await noLaterOversight(w, live.member, input.transferredOn, day);
      return live;
    },
  },

  in: {
    input: transferInInput,
    /**
     * A member admitted elsewhere arrives in a chi bộ of the city: admitted (at 18 or older) on or
     * before arriving, full membership (when already recognised) after the probation and before arriving.
     */
    async check(w: WriteUnit, input: z.output<typeof transferInInput>): Promise<CheckedArrival> {
      const ends = transferRules.in.standing(w, input);
      const cell = await openCell(w, input.cellId, input.arrivedOn, fieldPath('cellId'));
      const person = await joiningPerson.check(w, input, input.admittedOn);
      return { input, person, cell, probationEndsOn: ends };
    },

    /**
     * The standing of an arriving member: arrived (not in the future) on or after the admission, full
     * membership (when already recognised) after the probation and before arriving. The probation's end.
     */
    standing(w: WriteUnit, input: Pick<CheckedArrival['input'], 'admittedOn' | 'fullMemberOn' | 'arrivedOn'>): string {
      w.notInFuture(input.arrivedOn, fieldPath('arrivedOn'));
      w.notBefore(input.arrivedOn, input.admittedOn, fieldPath('arrivedOn'), 'the member was admitted');
      const ends = probationEndsOn(input.admittedOn);
      if (input.fullMemberOn !== undefined) {
        if (input.fullMemberOn < ends) {
          throw new DomainError(
            'PROBATION_NOT_OVER',
            `The probation of a member admitted on ${input.admittedOn} ends on ${ends}.`,
            fieldPath('fullMemberOn'),
          );
        }
        if (input.fullMemberOn > input.arrivedOn) {
          throw new DomainError(
            'EVENT_OUT_OF_ORDER',
            'Full membership recognised after the arrival is recorded with confirmFullMembership.',
            fieldPath('fullMemberOn'),
          );
        }
      }
      return ends;
    },
  },
};
