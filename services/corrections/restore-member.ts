import type { MembershipEvent, MembershipEventKind } from '../membership/membership-event.entity.js';
import type { WriteUnit } from '../write/write-unit.js';

export const TRANSFER_KINDS: readonly MembershipEventKind[] = ['transfer_out', 'transfer_in'];

/**
 * Undoes on the member row what voided events had done to it (latest first: only events no live
 * event follows can be voided), so the row says again what the remaining live events say.
 */
export async function restoreMember(w: WriteUnit, voided: MembershipEvent[]): Promise<void> {
  const latestFirst = [...voided].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.id - a.id);
  for (const event of latestFirst) {
    await w.em.populate(event, ['member']);
    const member = event.member;
    const stillOnRoll = () => {
      member.leftOn = undefined;
      member.status = member.fullMemberOn ? 'full' : 'probationary';
    };
    if (event.kind === 'full_membership') {
      member.fullMemberOn = undefined;
      if (!member.leftOn) member.status = 'probationary';
    } else if (event.kind === 'exit') {
      stillOnRoll();
    } else if (event.kind === 'transfer_out') {
      if (member.leftOn === event.occurredOn) stillOnRoll();
      member.cell = event.organisation;
    } else if (event.kind === 'transfer_in' && event.counterpart) {
      member.cell = event.counterpart;
    }
    w.touch(member);
  }
}
