import { requireAdmissionAge } from '../../membership/minimum-age.js';
import { requireOpenCell } from '../../membership/open-cell.js';
import { probationEndsOn } from '../../membership/probation.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeKind } from '../intake-kind.js';
import { type NewPerson, newPersonRows } from '../new-person-rows.js';
import type { DirectoryEntry } from '../organisation-directory.js';
import { insertRows, nextIds } from '../set-insert.js';

interface Admission extends NewPerson {
  cell: DirectoryEntry;
  admittedOn: string;
}

/** Kết nạp đảng viên, one row each: a new person admitted into a cell, as admitMember with `person`. */
export const admissionsKind: IntakeKind<Admission> = {
  name: 'admissions',
  label: 'Kết nạp đảng viên',
  columns: [
    ...newPersonRows.columns,
    {
      key: 'cell',
      header: 'Chi bộ (mã hoặc đường dẫn)',
      required: true,
      example: 'Thành ủy Hà Nội / Quận ủy Ba Đình / Chi bộ số 1',
      parse: cellParsers.organisation,
    },
    { key: 'admittedOn', header: 'Ngày kết nạp', required: true, example: '19/05/2022', parse: cellParsers.day },
  ],

  check(values, { w, people }) {
    const person = newPersonRows.check(values, people);
    const cell = values.cell as DirectoryEntry;
    const admittedOn = values.admittedOn as string;
    w.notInFuture(admittedOn, ['admittedOn']);
    requireOpenCell(w, cell, admittedOn, ['cell']);
    requireAdmissionAge(person.birthYear, admittedOn, ['birthYear']);
    return { ...person, cell, admittedOn };
  },

  async write(records, w) {
    const personIds = await newPersonRows.write(w, records);
    const memberIds = await nextIds(w, 'member', records.length);
    const by = records.map(() => w.caller.id);
    const cells = records.map((r) => r.cell.id);
    const days = records.map((r) => r.admittedOn);
    await insertRows(w, 'member', {
      id: ['int', memberIds],
      person_id: ['int', personIds],
      cell_id: ['int', cells],
      admitted_on: ['date', days],
      probation_ends_on: ['date', days.map(probationEndsOn)],
      status: ['text', records.map(() => 'probationary')],
      created_by: ['text', by],
      updated_by: ['text', by],
    });
    await insertRows(w, 'membership_event', {
      member_id: ['int', memberIds],
      kind: ['text', records.map(() => 'admission')],
      occurred_on: ['date', days],
      organisation_id: ['int', cells],
      created_by: ['text', by],
      updated_by: ['text', by],
    });
    return { table: 'member', ids: memberIds };
  },
};
