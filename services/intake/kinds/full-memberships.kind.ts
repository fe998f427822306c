import { fullMembershipRules } from '../../membership/full-membership-rules.js';
import { memberCellIdOn } from '../../membership/member-cell.service.js';
import { requireOnRoll } from '../../membership/member-timeline.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeKind } from '../intake-kind.js';
import { writeMemberSteps } from '../member-step-writer.js';
import { personCodeColumn } from '../person-code-column.js';
import { type MemberEntry, type NewEvent, PersonDirectory } from '../person-directory.js';

interface FullMembership {
  member: MemberEntry;
  event: NewEvent;
}

/**
 * Công nhận đảng viên chính thức, one row each, as confirmFullMembership with its rules
 * (services/membership/full-membership-rules.ts): the member named by register code, the day.
 */
export const fullMembershipsKind: IntakeKind<FullMembership> = {
  name: 'full-memberships',
  label: 'Công nhận đảng viên chính thức',
  // A member's later step may be in a later chunk: writeMemberSteps writes each member's steps and
  // member row once, as their last row left them, so the records are written together.
  writesWholeFile: true,
  columns: [
    personCodeColumn('person', true),
    {
      key: 'confirmedOn',
      header: 'Ngày công nhận chính thức',
      required: true,
      example: '20/05/2023',
      parse: cellParsers.day,
    },
  ],

  check(values, { w, people }) {
    const member = people.member(values.person as string, ['person']);
    const day = values.confirmedOn as string;
    requireOnRoll(w, member, member.latest, day, ['person'], ['confirmedOn']);
    const cellId = memberCellIdOn(w, member, member.events, day, ['confirmedOn']);
    fullMembershipRules.probationOver(member, day, ['person'], ['confirmedOn']);
    const event: NewEvent = { kind: 'full_membership', occurredOn: day, organisationId: cellId };
    PersonDirectory.step(member, event);
    member.status = 'full';
    member.fullMemberOn = day;
    return { member, event };
  },

  async write(records, w) {
    const eventIds = await writeMemberSteps(w, [...new Set(records.map((r) => r.member))]);
    return { table: 'membership_event', ids: records.map((r) => eventIds.get(r.event) as number) };
  },
};
