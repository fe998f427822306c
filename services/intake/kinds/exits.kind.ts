import { DomainError } from '../../errors.js';
import { exitRules, expulsionDecision } from '../../membership/exit-rules.js';
import { memberCellIdOn } from '../../membership/member-cell.service.js';
import { requireNoLaterOversight, requireOnRoll } from '../../membership/member-timeline.js';
import { EXIT_REASON_LABELS } from '../../membership/membership.labels.js';
import type { ExitReason } from '../../membership/membership-event.entity.js';
import { ACTING_BODY_LABELS } from '../../oversight/oversight.labels.js';
import type { ActingBody } from '../../oversight/oversight-record.entity.js';
import { oversightRules } from '../../oversight/oversight-rules.js';
import { parseInput } from '../../write/parse-input.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeKind } from '../intake-kind.js';
import { writeMemberSteps } from '../member-step-writer.js';
import type { DirectoryEntry } from '../organisation-directory.js';
import { personCodeColumn } from '../person-code-column.js';
import { type MemberEntry, type NewEvent, PersonDirectory } from '../person-directory.js';
import { onColumns } from '../rule-columns.js';
import { type OversightRow, writeOversight } from './oversight-kind.js';

/** recordExit's fields as this sheet names them (the other rules are given the columns). */
const COLUMNS = { actingCommitteeId: 'actingCommittee' };

interface Exit {
  member: MemberEntry;
  event: NewEvent;
  /** An expulsion decided with the exit (the row names the deciding committee). */
  decision?: OversightRow;
}

/**
 * Ra khỏi Đảng, one row each, as recordExit with its rules (services/membership/exit-rules.ts), for
 * every reason. An expulsion follows its disciplinary decision: the row names the committee that
 * decides it (recorded with the exit, as recordExit with actingCommitteeId), or the member's latest
 * expulsion decision on record dated on or before the exit is the one (as with disciplinaryActionId).
 */
export const exitsKind: IntakeKind<Exit> = {
  name: 'exits',
  label: 'Ra khỏi Đảng',
  // A member's later step may be in a later chunk: writeMemberSteps writes each member's steps and
  // member row once, as their last row left them, so the records are written together.
  writesWholeFile: true,
  columns: [
    personCodeColumn('person', true),
    {
      key: 'reason',
      header: 'Lý do',
      required: true,
      choices: EXIT_REASON_LABELS,
      example: EXIT_REASON_LABELS.resignation,
      parse: cellParsers.choice(EXIT_REASON_LABELS),
    },
    { key: 'leftOn', header: 'Ngày ra khỏi Đảng', required: true, example: '15/09/2023', parse: cellParsers.day },
    {
      key: 'actingCommittee',
      header: 'Cấp ủy quyết định khai trừ (mã hoặc đường dẫn)',
      required: false,
      example: '',
      parse: cellParsers.organisation,
    },
    {
      key: 'actingBody',
      header: 'Chủ thể quyết định khai trừ',
      required: false,
      choices: ACTING_BODY_LABELS,
      example: '',
      parse: cellParsers.choice(ACTING_BODY_LABELS),
    },
  ],

  check(values, { w, people, organisations }) {
    const member = people.member(values.person as string, ['person']);
    const reason = values.reason as ExitReason;
    const leftOn = values.leftOn as string;
    const committee = values.actingCommittee as DirectoryEntry | undefined;
    const onRecord =
      reason === 'expulsion' && !committee
        ? (member.expulsions.find((d) => d.decidedOn <= leftOn) ?? member.expulsions[0])
        : undefined;
    return onColumns(COLUMNS, () => {
      const input = parseInput(exitRules.input, {
        memberId: member.id,
        reason,
        leftOn,
        disciplinaryActionId: onRecord?.id,
        actingCommitteeId: committee?.id,
        actingBody: values.actingBody,
      });
      const dayField = ['leftOn'];
      requireOnRoll(w, member, member.latest, leftOn, ['person'], dayField);
      const cellId = memberCellIdOn(w, member, member.events, leftOn, dayField);
      let decision: OversightRow | undefined;
      if (committee) {
        const actingBody = (input.actingBody ?? 'committee') as ActingBody;
        oversightRules.actingCommittee(w, committee, actingBody, leftOn, ['actingCommittee']);
        oversightRules.memberSubject(organisations.entry(cellId), committee, ['person']);
        decision = {
          subjectMember: member,
          placedInId: cellId,
          committee,
          actingBody,
          value: 'expulsion',
          day: leftOn,
        };
      } else if (onRecord) {
        const decided = { ...onRecord, form: 'expulsion' as const, subjectMemberId: member.id };
        expulsionDecision(w, decided, member.id, leftOn, ['reason']);
      } else if (reason === 'expulsion') {
        throw new DomainError(
          'NO_EXPULSION_DECISION',
          'An expulsion needs the disciplinary decision that orders it: none of this member is on record; import it (disciplinary-actions) first, or name the committee that decides it.',
          ['actingCommittee'],
        );
      }
      requireNoLaterOversight(member.latestOversightOn, leftOn, dayField);
      const event: NewEvent = { kind: 'exit', exitReason: reason, occurredOn: leftOn, organisationId: cellId };
      PersonDirectory.step(member, event);
      member.status = 'exited';
      member.leftOn = leftOn;
      return { member, event, decision };
    });
  },

  async write(records, w) {
    await writeOversight(
      w,
      { table: 'disciplinary_action', value: 'form', day: 'decided_on' },
      records.flatMap((r) => (r.decision ? [r.decision] : [])),
    );
    const eventIds = await writeMemberSteps(w, [...new Set(records.map((r) => r.member))]);
    return { table: 'membership_event', ids: records.map((r) => eventIds.get(r.event) as number) };
  },
};
