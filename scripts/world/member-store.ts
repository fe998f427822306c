import { EXIT_REASONS, type ExitReason } from '../../services/membership/membership-event.entity.js';
import { grown } from './typed-arrays.js';

// Exit codes come after "none" and "transferred out", in the entity's EXIT_REASONS order.
const FIRST_EXIT = 2;
const exit = (reason: ExitReason) => FIRST_EXIT + EXIT_REASONS.indexOf(reason);
/** Why a member left, as a small number for the typed arrays; 0 while still a member. */
export const LEFT = {
  none: 0,
  transferredOut: 1,
  death: exit('death'),
  expulsion: exit('expulsion'),
  removal: exit('removal'),
  resignation: exit('resignation'),
};

/** The stored exit reason of a LEFT code; undefined for none and transfers. */
export function exitReasonOf(left: number): ExitReason | undefined {
  return left >= FIRST_EXIT ? EXIT_REASONS[left - FIRST_EXIT] : undefined;
}

/**
 * Members as parallel typed arrays (index = member id - 1): the national-size world has ~6M of
 * them, too many for one object each.
 */
export class MemberStore {
  count = 0;
  admitted = new Int32Array(1024);
  birthYear = new Int16Array(1024);
  /** Index into OrgTree.cells: where the member sits now. */
  cell = new Int32Array(1024);
  left = new Int32Array(1024);
  leftReason = new Uint8Array(1024);
  /** Reason of the exit scheduled for this member, applied when its day comes. */
  plannedReason = new Uint8Array(1024);
  fullMember = new Uint8Array(1024);
  /** Office holders are kept out of random exits, transfers and discipline. */
  holdsOffice = new Uint8Array(1024);
  /** Position inside its cell's member list, for O(1) removal. */
  slot = new Int32Array(1024);

  add(admitted: number, birthYear: number, cell: number): number {
    if (this.count === this.admitted.length) this.grow(this.count * 2);
    const m = this.count++;
    this.admitted[m] = admitted;
    this.birthYear[m] = birthYear;
    this.cell[m] = cell;
    return m;
  }

  isMember(m: number, day: number): boolean {
    return (this.admitted[m] as number) <= day && this.left[m] === 0;
  }

  private grow(capacity: number): void {
    this.admitted = grown(this.admitted, capacity);
    this.birthYear = grown(this.birthYear, capacity);
    this.cell = grown(this.cell, capacity);
    this.left = grown(this.left, capacity);
    this.leftReason = grown(this.leftReason, capacity);
    this.plannedReason = grown(this.plannedReason, capacity);
    this.fullMember = grown(this.fullMember, capacity);
    this.holdsOffice = grown(this.holdsOffice, capacity);
    this.slot = grown(this.slot, capacity);
  }
}
