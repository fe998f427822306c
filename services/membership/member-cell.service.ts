import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import type { Member } from './member.entity.js';
import { MembershipEvent, type MembershipEventKind } from './membership-event.entity.js';

/** Same-day events apply in this order: a transfer out of one cell comes before the transfer into the next. */
export const SAME_DAY_ORDER: Readonly<Record<MembershipEventKind, number>> = {
  admission: 0,
  full_membership: 1,
  transfer_out: 2,
  transfer_in: 3,
  exit: 4,
};

/**
 * The cell a member sat in on `day`, replayed from their membership events (where they sit now
 * when no event says otherwise). Refuses a day before admission, or one after they left the city's roll.
 */
export async function memberCellOn(w: WriteUnit, member: Member, day: string, field: FieldPath): Promise<Organisation> {
  w.notBefore(day, member.admittedOn, field, 'the member was admitted');
  const events = await w.em.find(
    MembershipEvent,
    { member, voidedAt: null },
    { populate: ['organisation', 'counterpart'] },
  );
  events.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind]);
  const before = events.filter((e) => e.occurredOn <= day);
  const cell = before.length ? cellAfter(before) : cellBefore(events[0], member);
  if (!cell || (member.leftOn && member.leftOn <= day)) {
    throw new DomainError('MEMBER_LEFT', `The member was no longer on the city's roll on ${day}.`, field);
  }
  // Loaded in full (from the identity map when it already is) because callers read its path.
  return w.em.findOneOrFail(Organisation, { id: cell.id });
}

/** Where the last of these events left the member; null once they left the city's organisations. */
function cellAfter(events: MembershipEvent[]): Organisation | null {
  let cell: Organisation | null = null;
  for (const e of events) {
    if (e.kind === 'exit') cell = null;
    else if (e.kind === 'transfer_out') cell = e.counterpart ?? null;
    else cell = e.organisation;
  }
  return cell;
}

/** Where the member sat before their first recorded event (their current cell when there is none). */
function cellBefore(first: MembershipEvent | undefined, member: Member): Organisation | null {
  if (!first) return member.cell;
  if (first.kind === 'transfer_in') return first.counterpart ?? null;
  return first.organisation;
}
