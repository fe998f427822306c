import { ACTING_BODY_LABELS } from '../../oversight/oversight.labels.js';
import type { ActingBody } from '../../oversight/oversight-record.entity.js';
import { oversightRules } from '../../oversight/oversight-rules.js';
import type { WriteUnit } from '../../write/write-unit.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeKind, IntakeValues } from '../intake-kind.js';
import type { DirectoryEntry } from '../organisation-directory.js';
import { insertRows, nextIds } from '../set-insert.js';

/** An oversight record of an organisation, as its mutation takes it with `subjectOrganisationId`. */
interface OversightRow {
  subject: DirectoryEntry;
  committee: DirectoryEntry;
  actingBody: ActingBody;
  value: string;
  day: string;
}

interface OversightKindSpec {
  name: string;
  label: string;
  table: string;
  subjectHeader: string;
  /** The record's own enum (type or form), its column and its labels. */
  value: { key: string; column: string; header: string; labels: Readonly<Record<string, string>>; example: string };
  day: { key: string; column: string; header: string };
  /** A rule of this kind alone beyond the shared ones (discipline: the form must fit the subject). */
  rule?: (w: WriteUnit, value: string) => void;
}

/**
 * Inspections, supervisions and disciplinary actions of organisations share their columns, rules
 * (services/oversight/oversight-rules.ts, as the mutations) and writer; each kind names its own
 * table, enum column and day.
 */
export function oversightKind(spec: OversightKindSpec): IntakeKind<OversightRow> {
  return {
    name: spec.name,
    label: spec.label,
    columns: [
      {
        key: 'subjectOrganisation',
        header: spec.subjectHeader,
        required: true,
        example: 'Thành ủy Hà Nội / Quận ủy Ba Đình / Đảng bộ phường Kim Mã',
        parse: cellParsers.organisation,
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

    check(values: IntakeValues, { w }) {
      const row: OversightRow = {
        subject: values.subjectOrganisation as DirectoryEntry,
        committee: values.actingCommittee as DirectoryEntry,
        actingBody: (values.actingBody as ActingBody | undefined) ?? 'committee',
        value: values[spec.value.key] as string,
        day: values[spec.day.key] as string,
      };
      spec.rule?.(w, row.value);
      w.notInFuture(row.day, [spec.day.key]);
      oversightRules.actingCommittee(w, row.committee, row.actingBody, row.day, ['actingCommittee']);
      oversightRules.organisationSubject(w, row.subject, row.committee, row.day, ['subjectOrganisation']);
      return row;
    },

    async write(records, w) {
      const ids = await nextIds(w, spec.table, records.length);
      const by = records.map(() => w.caller.id);
      await insertRows(w, spec.table, {
        id: ['int', ids],
        subject_organisation_id: ['int', records.map((r) => r.subject.id)],
        placed_in_id: ['int', records.map((r) => r.subject.id)],
        acting_committee_id: ['int', records.map((r) => r.committee.id)],
        acting_body: ['text', records.map((r) => r.actingBody)],
        [spec.value.column]: ['text', records.map((r) => r.value)],
        [spec.day.column]: ['date', records.map((r) => r.day)],
        created_by: ['text', by],
        updated_by: ['text', by],
      });
      return { table: spec.table, ids };
    },
  };
}
