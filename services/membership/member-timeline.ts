import { LockMode } from '@mikro-orm/core';
import { DomainError } from '../errors.js';
import type { Organisation } from '../hierarchy/organisation.entity.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { Member } from './member.entity.js';
import { memberCellOn } from './member-cell.service.js';
import { MembershipEvent } from './membership-event.entity.js';

/** A member still on the city's roll, and the cell they sit in on the day of a new event. */
export interface LiveMember {
  member: Member;
  cell: Organisation;
}

/** What the step rules read of a member: the mutations pass the entity, bulk intake its directory entry. */
export type MemberOnRecord = Pick<
  Member,
  'status' | 'admittedOn' | 'probationEndsOn' | 'fullMemberOn' | 'leftOn' | 'arrivedOn'
>;

/** What the step rules read of the member's latest recorded event. */
export type LatestEvent = Pick<MembershipEvent, 'kind' | 'occurredOn'>;

/**
 * The rules every new step of a membership shares: the member is on the roll (a member who was
 * transferred out or left cannot be transferred or leave again: MEMBER_LEFT), the day is not in the
 * future, and it is not before the member's latest recorded event (EVENT_OUT_OF_ORDER), so events
 * are only ever appended and the cell on each day stays what the events say.
 */
export function requireOnRoll(
  w: WriteUnit,
  member: MemberOnRecord,
  latest: LatestEvent | undefined,
  day: string,
  field: FieldPath,
  dayField: FieldPath,
): void {
  if (member.leftOn) {
    const how = member.status === 'transferred_out' ? 'was transferred out of the city' : 'left the Party';
    throw new DomainError('MEMBER_LEFT', `The member ${how} on ${member.leftOn}.`, field);
  }
  w.notInFuture(day, dayField);
  w.notBefore(day, member.arrivedOn ?? member.admittedOn, dayField, "the member joined the city's roll");
  if (latest && latest.occurredOn > day) {
    throw new DomainError(
      'EVENT_OUT_OF_ORDER',
      `The member's latest recorded event (${latest.kind}) is on ${latest.occurredOn}; a new one cannot be dated before it.`,
      dayField,
    );
  }
}

/**
 * The member on the roll on `day` (requireOnRoll) and the cell they sit in. The member's row is
 * locked until commit, so two steps of one member are written one after the other.
 */
export async function liveMemberOn(
  w: WriteUnit,
  memberId: number,
  day: string,
  field: FieldPath,
  dayField: FieldPath,
): Promise<LiveMember> {
  const member = await w.find(Member, memberId, field, LockMode.PESSIMISTIC_WRITE);
  const latest = member.leftOn
    ? undefined
    : await w.em.findOne(MembershipEvent, { member, voidedAt: null }, { orderBy: { occurredOn: 'desc' } });
  requireOnRoll(w, member, latest ?? undefined, day, field, dayField);
  const cell = await memberCellOn(w, member, day, dayField);
  return { member, cell };
}

/**
 * LATER_RECORDS_EXIST when an inspection, supervision or disciplinary record of the member is dated
 * after `day` (`latestOn`, the latest of them): a transfer or an exit on that day would leave it
 * placed in a cell the member had left.
 */
export function requireNoLaterOversight(latestOn: string | undefined, day: string, dayField: FieldPath): void {
  if (latestOn && latestOn > day) {
    throw new DomainError(
      'LATER_RECORDS_EXIST',
      `An oversight record of the member is dated ${latestOn}, after ${day}; it counts in the cell they sat in then.`,
      dayField,
    );
  }
}

/** requireNoLaterOversight of a member on record. */
export async function noLaterOversight(w: WriteUnit, member: Member, day: string, dayField: FieldPath): Promise<void> {
  const [later] = await w.em.getConnection().execute<{ on: string | null }[]>(
    `select max(d)::text as on from (
       select occurred_on as d from inspection where subject_member_id = ? and occurred_on > ? and voided_at is null
       union all select occurred_on from supervision where subject_member_id = ? and occurred_on > ? and voided_at is null
       union all select decided_on from disciplinary_action where subject_member_id = ? and decided_on > ? and voided_at is null) r`,
    [member.id, day, member.id, day, member.id, day],
    'all',
    w.em.getTransactionContext(),
  );
  requireNoLaterOversight(later?.on ?? undefined, day, dayField);
}
