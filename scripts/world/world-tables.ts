import { MEMBERSHIP_EVENT_KINDS } from '../../services/membership/membership-event.entity.js';
import { addYears, isoOf } from './dates.js';
import type { WorldModel } from './generate-world.js';
import type { OversightRow } from './history.js';
import { exitReasonOf, LEFT } from './member-store.js';
import { personLines } from './people.js';
import { type CellValue, copyLine, type WorldTable, worldTable } from './world-table.js';

const day = (d: number): string | null => (d ? isoOf(d) : null);
const id = (n: number): number | null => (n ? n : null);
// COPY's null marker, for the hand-encoded big tables.
const NULL = '\\N';
const SUBJECT = ['subject_organisation_id', 'subject_member_id', 'placed_in_id', 'acting_committee_id', 'acting_body'];

/** The world as tables in an order that satisfies every foreign key (organisations parents first). */
export function worldTables(w: WorldModel): WorldTable[] {
  const { units } = w.geography;
  const { tree } = w.organisations;
  const { members, events, positions } = w.history;
  const p = w.programmes;
  const subject = (r: OversightRow): CellValue[] => [
    id(r.subjectOrg),
    id(r.subjectMember),
    r.placedIn,
    r.acting,
    r.body,
  ];
  const list = <T>(name: string, columns: string[], rows: readonly T[], row: (r: T, i: number) => CellValue[]) =>
    worldTable(name, ['id', ...columns], rows.length, function* () {
      for (let i = 0; i < rows.length; i++) yield copyLine([i + 1, ...row(rows[i] as T, i)]);
    });
  return [
    list('administrative_unit', ['code', 'name', 'level', 'kind', 'parent_id', 'population'], units, (u) => [
      u.code,
      u.name,
      u.level,
      u.kind,
      u.parentId,
      u.population,
    ]),
    list(
      'organisation',
      [
        'code',
        'name',
        'kind',
        'branch',
        'parent_id',
        'administrative_unit_id',
        'host_sector',
        'founded_on',
        'dissolved_on',
      ],
      tree.rows,
      (o) => [o.code, o.name, o.kind, o.branch, o.parentId, o.unitId, o.hostSector, isoOf(o.founded), day(o.dissolved)],
    ),
    worldTable(
      'person',
      ['id', 'code', 'full_name', 'sex', 'birth_year', 'ethnicity', 'education'],
      members.count,
      () => personLines(members, w.seed),
    ),
    worldTable(
      'member',
      ['id', 'person_id', 'cell_id', 'admitted_on', 'probation_ends_on', 'full_member_on', 'status', 'left_on'],
      members.count,
      function* () {
        for (let m = 0; m < members.count; m++) {
          const admitted = members.admitted[m] as number;
          const probation = isoOf(addYears(admitted, 1));
          const full = members.fullMember[m] === 1;
          const reason = members.leftReason[m] as number;
          const status =
            reason === LEFT.none
              ? full
                ? 'full'
                : 'probationary'
              : reason === LEFT.transferredOut
                ? 'transferred_out'
                : 'exited';
          const cell = (tree.cells[members.cell[m] as number] as { orgId: number }).orgId;
          const left = members.left[m] as number;
          yield `${m + 1}\t${m + 1}\t${cell}\t${isoOf(admitted)}\t${probation}\t${full ? probation : NULL}\t${status}\t${left ? isoOf(left) : NULL}\n`;
        }
      },
    ),
    worldTable(
      'membership_event',
      ['id', 'member_id', 'kind', 'exit_reason', 'occurred_on', 'organisation_id', 'counterpart_id'],
      events.count,
      function* () {
        for (let e = 0; e < events.count; e++) {
          const exit = exitReasonOf(events.reason[e] as number) ?? NULL;
          const counterpart = events.counterpart[e] || NULL;
          yield `${e + 1}\t${(events.member[e] as number) + 1}\t${MEMBERSHIP_EVENT_KINDS[events.kind[e] as number]}\t${exit}\t${isoOf(events.day[e] as number)}\t${events.org[e]}\t${counterpart}\n`;
        }
      },
    ),
    list('position', ['person_id', 'organisation_id', 'title', 'role', 'started_on', 'ended_on'], positions, (r) => [
      r.personId,
      r.orgId,
      r.title,
      r.role,
      isoOf(r.started),
      day(r.ended),
    ]),
    list('document', ['code', 'kind', 'issuer', 'issued_on', 'title'], p.documents, (d) => [
      d.code,
      d.kind,
      d.issuer,
      d.issued,
      d.title,
    ]),
    list(
      'programme',
      ['code', 'title', 'issuer', 'term_start', 'term_end', 'steering_committee_id', 'issued_on'],
      p.programmes,
      (r) => [r.code, r.title, r.issuer, r.termStart, r.termEnd, r.steeringId, isoOf(r.issued)],
    ),
    list('programme_item', ['programme_id', 'code', 'title', 'kind', 'lead_agency_id', 'assigned_on'], p.items, (r) => [
      1,
      r.code,
      r.title,
      r.kind,
      r.leadId,
      isoOf(r.assigned),
    ]),
    list(
      'programme_item_status',
      ['item_id', 'status', 'effective_on', 'note'],
      p.items.flatMap((item, i) => item.statuses.map((s) => ({ item: i + 1, ...s }))),
      (s) => [s.item, s.status, isoOf(s.day), null],
    ),
    list('meeting', ['held_on', 'body_id', 'programme_id', 'title', 'purpose'], [p.meeting], (m) => [
      isoOf(m.day),
      m.bodyId,
      1,
      m.title,
      m.purpose,
    ]),
    list(
      'meeting_participant',
      ['meeting_id', 'person_id', 'role', 'role_label', 'sort_order'],
      p.meeting.participants,
      (r, i) => [1, r.personId, r.role, r.label, i + 1],
    ),
    list('inspection_team', ['name', 'formed_by_id', 'formed_on', 'programme_id'], w.history.teams, (t) => [
      `Đoàn kiểm tra số ${t.id} của Ban Thường vụ Thành ủy`,
      tree.byCode('TU-BTV').id,
      isoOf(t.formed),
      1,
    ]),
    worldTable(
      'inspection_team_document',
      ['inspection_team_id', 'document_id'],
      w.history.teams.length * 2,
      function* () {
        const docs = ['55-QĐ/TW', '37-QĐ/TW'].map((code) => p.documents.findIndex((d) => d.code === code) + 1);
        for (const t of w.history.teams) for (const d of docs) yield copyLine([t.id, d]);
      },
    ),
    list('inspection', [...SUBJECT, 'type', 'team_id', 'occurred_on'], w.history.inspections, (r) => [
      ...subject(r),
      r.kind,
      id(r.team),
      isoOf(r.day),
    ]),
    list('supervision', [...SUBJECT, 'type', 'occurred_on'], w.history.supervisions, (r) => [
      ...subject(r),
      r.kind,
      isoOf(r.day),
    ]),
    list('disciplinary_action', [...SUBJECT, 'form', 'decided_on'], w.history.disciplines, (r) => [
      ...subject(r),
      r.kind,
      isoOf(r.day),
    ]),
    list(
      'designation',
      ['organisation_id', 'kind', 'year', 'designated_on', 'plan', 'monitored_by_id'],
      w.designations,
      (d) => [d.orgId, d.kind, d.year, isoOf(d.day), d.plan, d.monitoredBy],
    ),
    list('consolidation', ['designation_id', 'consolidated_on'], w.consolidations, (c) => [
      c.designationId,
      isoOf(c.day),
    ]),
    list('target', ['metric', 'scope_id', 'period', 'value'], p.targets, (t) => [
      t.metric,
      tree.byCode('TU').id,
      t.period,
      t.value,
    ]),
    list('index_score', ['index', 'year', 'unit_id', 'score', 'rank', 'out_of'], p.indexScores, (s) => [
      s.index,
      s.year,
      w.geography.city.id,
      s.score,
      s.rank,
      s.outOf,
    ]),
  ];
}
