import { DomainError } from '../../errors.js';
import { memberCellIdOn } from '../../membership/member-cell.service.js';
import { ACTING_BODY_LABELS } from '../../oversight/oversight.labels.js';
import type { ActingBody } from '../../oversight/oversight-record.entity.js';
import { oversightRules } from '../../oversight/oversight-rules.js';
import { oversightSubject } from '../../oversight/oversight-subject.service.js';
import type { WriteUnit } from '../../write/write-unit.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeKind, IntakeValues } from '../intake-kind.js';
import type { DirectoryEntry } from '../organisation-directory.js';
import type { MemberEntry } from '../person-directory.js';
import { insertRows, nextIds } from '../set-insert.js';

/** An oversight record, as its mutation takes it with `subjectOrganisationId` or `subjectMemberId`. */
export interface OversightRow {
  subjectOrganisation?: DirectoryEntry;
  subjectMember?: MemberEntry;
  /** The organisation itself, or the member's cell on the day. */
  placedInId: number;
  committee: DirectoryEntry;
  actingBody: ActingBody;
  value: string;
  day: string;
}

/** Where a kind of oversight record is written: its table, enum column and day column. */
interface OversightTable {
  table: string;
  value: string;
  day: string;
}

interface OversightKindSpec {
  name: string;
  label: string;
  table: string;
  subjectHeader: string;
  memberHeader: string;
  /** The record's own enum (type or form), its column and its labels. */
  value: { key: string; column: string; header: string; labels: Readonly<Record<string, string>>; example: string };
  day: { key: string; column: string; header: string };
  /** A rule of this kind alone beyond the shared ones (discipline: the form must fit the subject). */
  rule?: (value: string, ofMember: boolean) => void;
}

/**
 * Inspections, supervisions and disciplinary actions share their columns, rules (the mutations':
 * exactly one subject, services/oversight/oversight-rules.ts) and writer; each kind names its own
 * table, enum column and day. The subject is an organisation (code or path) or a member (register code).
 */
export function oversightKind(spec: OversightKindSpec): IntakeKind<OversightRow> {
  const table = { table: spec.table, value: spec.value.column, day: spec.day.column };
  return {
    name: spec.name,
    label: spec.label,
    columns: [
      {
        key: 'subjectOrganisation',
        header: spec.subjectHeader,
        required: false,
        example: 'Thành ủy Hà Nội / Quận ủy Ba Đình / Đảng bộ phường Kim Mã',
        parse: cellParsers.organisation,
      },
      {
        key: 'subjectMember',
        header: spec.memberHeader,
        required: false,
        example: '',
        person: true,
        parse: cellParsers.personCode,
      },
      {
        key: 'actingCommittee',
        header: 'Cấp ủy thực hiện (mã hoặc đường dẫn)',
        required: true,
        example: 'Thành ủy Hà Nội / Quận ủy Ba Đình',
        parse: cellParsers.organisation,
      },
      {
        key: 'actingBody',
        header: 'Chủ thể',
        required: false,
        choices: ACTING_BODY_LABELS,
        example: ACTING_BODY_LABELS.inspection_commission,
        parse: cellParsers.choice(ACTING_BODY_LABELS),
      },
      {
        key: spec.value.key,
        header: spec.value.header,
        required: true,
        choices: spec.value.labels,
        example: spec.value.example,
        parse: cellParsers.choice(spec.value.labels),
      },
      { key: spec.day.key, header: spec.day.header, required: true, example: '15/03/2022', parse: cellParsers.day },
    ],

    check(values: IntakeValues, { w, organisations, people }) {
      const subjectOrganisation = values.subjectOrganisation as DirectoryEntry | undefined;
      const code = values.subjectMember as string | undefined;
      const none = oversightSubject.notExactlyOne(subjectOrganisation !== undefined, code !== undefined);
      if (none) {
        const column = none === 'subjectMemberId' ? 'subjectMember' : 'subjectOrganisation';
        throw new DomainError('BAD_USER_INPUT', 'give exactly one subject: an organisation or a member', [column]);
      }
      const committee = values.actingCommittee as DirectoryEntry;
      const actingBody = (values.actingBody as ActingBody | undefined) ?? 'committee';
      const value = values[spec.value.key] as string;
      const day = values[spec.day.key] as string;
      const subjectMember = code === undefined ? undefined : people.member(code, ['subjectMember']);
      spec.rule?.(value, subjectMember !== undefined);
      w.notInFuture(day, [spec.day.key]);
      oversightRules.actingCommittee(w, committee, actingBody, day, ['actingCommittee']);
      if (subjectOrganisation) {
        oversightRules.organisationSubject(w, subjectOrganisation, committee, day, ['subjectOrganisation']);
        return { subjectOrganisation, placedInId: subjectOrganisation.id, committee, actingBody, value, day };
      }
      const member = subjectMember as MemberEntry;
      const cellId = memberCellIdOn(w, member, member.events, day, ['subjectMember']);
      oversightRules.memberSubject(organisations.entry(cellId), committee, ['subjectMember']);
      if (!member.latestOversightOn || day > member.latestOversightOn) member.latestOversightOn = day;
      return { subjectMember: member, placedInId: cellId, committee, actingBody, value, day };
    },

    async write(records, w) {
      return { table: spec.table, ids: await writeOversight(w, table, records) };
    },
  };
}

/** Writes oversight records set-based into their table; their ids in order. */
export async function writeOversight(
  w: WriteUnit,
  table: OversightTable,
  rows: readonly OversightRow[],
): Promise<number[]> {
  const ids = await nextIds(w, table.table, rows.length);
  const by = rows.map(() => w.caller.id);
  await insertRows(w, table.table, {
    id: ['int', ids],
    subject_organisation_id: ['int', rows.map((r) => r.subjectOrganisation?.id ?? null)],
    subject_member_id: ['int', rows.map((r) => r.subjectMember?.id ?? null)],
    placed_in_id: ['int', rows.map((r) => r.placedInId)],
    acting_committee_id: ['int', rows.map((r) => r.committee.id)],
    acting_body: ['text', rows.map((r) => r.actingBody)],
    [table.value]: ['text', rows.map((r) => r.value)],
    [table.day]: ['date', rows.map((r) => r.day)],
    created_by: ['text', by],
    updated_by: ['text', by],
  });
  return ids;
}
