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

/** A membership event as the cell replay reads it: the mutations map their entities, bulk intake its rows. */
export interface EventOnRecord {
  kind: MembershipEventKind;
  occurredOn: string;
  organisationId: number;
  counterpartId?: number;
}

/** What the cell replay reads of a member. */
export interface MemberCellRecord {
  cellId: number;
  admittedOn: string;
  leftOn?: string;
}

/**
 * The id of the cell a member sat in on `day`, replayed from their live membership events (where
 * they sit now when no event says otherwise). Refuses a day before admission, or one after they
 * left the city's roll.
 */
export function memberCellIdOn(
  w: WriteUnit,
  member: MemberCellRecord,
  events: readonly EventOnRecord[],
  day: string,
  field: FieldPath,
): number {
  w.notBefore(day, member.admittedOn, field, 'the member was admitted');
  const sorted = [...events].sort(
    (a, b) => a.occurredOn.localeCompare(b.occurredOn) || SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind],
  );
  const before = sorted.filter((e) => e.occurredOn <= day);
  const cell = before.length ? cellAfter(before) : cellBefore(sorted[0], member);
  if (cell === null || (member.leftOn && member.leftOn <= day)) {
    throw new DomainError('MEMBER_LEFT', `The member was no longer on the city's roll on ${day}.`, field);
  }
  return cell;
}

/** memberCellIdOn of a member on record, the cell loaded in full (callers read its path). */
export async function memberCellOn(w: WriteUnit, member: Member, day: string, field: FieldPath): Promise<Organisation> {
  const events = await w.em.find(MembershipEvent, { member, voidedAt: null });
  const id = memberCellIdOn(
    w,
    { cellId: member.cell.id, admittedOn: member.admittedOn, leftOn: member.leftOn },
    events.map((e) => ({
      kind: e.kind,
      occurredOn: e.occurredOn,
      organisationId: e.organisation.id,
      counterpartId: e.counterpart?.id,
    })),
    day,
    field,
  );
  // From the identity map when it already is loaded.
  return w.em.findOneOrFail(Organisation, { id });
}

/** Where the last of these events left the member; null once they left the city's organisations. */
function cellAfter(events: EventOnRecord[]): number | null {
  let cell: number | null = null;
  for (const e of events) {
    if (e.kind === 'exit') cell = null;
    else if (e.kind === 'transfer_out') cell = e.counterpartId ?? null;
    else cell = e.organisationId;
  }
  return cell;
}

/** Where the member sat before their first recorded event (their current cell when there is none). */
function cellBefore(first: EventOnRecord | undefined, member: MemberCellRecord): number | null {
  if (!first) return member.cellId;
  if (first.kind === 'transfer_in') return first.counterpartId ?? null;
  return first.organisationId;
}
