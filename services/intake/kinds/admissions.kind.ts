import { DomainError } from '../../errors.js';
import { EDUCATION_LABELS, SEX_LABELS } from '../../hierarchy/hierarchy.labels.js';
import type { EducationLevel, Sex } from '../../hierarchy/person.entity.js';
import { joiningPerson } from '../../membership/joining-person.js';
import { requireAdmissionAge } from '../../membership/minimum-age.js';
import { requireOpenCell } from '../../membership/open-cell.js';
import { probationEndsOn } from '../../membership/probation.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeKind } from '../intake-kind.js';
import type { DirectoryEntry } from '../organisation-directory.js';
import { insertRows, nextIds } from '../set-insert.js';

interface Admission {
  fullName: string;
  sex: Sex;
  birthYear: number;
  ethnicity: string;
  education: EducationLevel;
  cell: DirectoryEntry;
  admittedOn: string;
}

/** Kết nạp đảng viên, one row each: a new person admitted into a cell, as admitMember with `person`. */
export const admissionsKind: IntakeKind<Admission> = {
  name: 'admissions',
  label: 'Kết nạp đảng viên',
  columns: [
    { key: 'fullName', header: 'Họ và tên', required: true, example: 'Trần Thị Mai', parse: cellParsers.text },
    {
      key: 'sex',
      header: 'Giới tính',
      required: true,
      choices: SEX_LABELS,
      example: SEX_LABELS.female,
      parse: cellParsers.choice(SEX_LABELS),
    },
    { key: 'birthYear', header: 'Năm sinh', required: true, example: '1998', parse: cellParsers.wholeNumber },
    { key: 'ethnicity', header: 'Dân tộc', required: false, example: 'Kinh', parse: cellParsers.text },
    {
      key: 'education',
      header: 'Trình độ học vấn',
      required: true,
      choices: EDUCATION_LABELS,
      example: EDUCATION_LABELS.university,
      parse: cellParsers.choice(EDUCATION_LABELS),
    },
    {
      key: 'cell',
      header: 'Chi bộ (mã hoặc đường dẫn)',
      required: true,
      example: 'Thành ủy Hà Nội / Quận ủy Ba Đình / Chi bộ số 1',
      parse: cellParsers.organisation,
    },
    { key: 'admittedOn', header: 'Ngày kết nạp', required: true, example: '19/05/2022', parse: cellParsers.day },
  ],

  check(values, { w }) {
    const parsed = joiningPerson.newPerson.safeParse(values);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw new DomainError('BAD_USER_INPUT', issue?.message ?? 'invalid', [String(issue?.path[0] ?? 'fullName')]);
    }
    const person = parsed.data;
    const cell = values.cell as DirectoryEntry;
    const admittedOn = values.admittedOn as string;
    w.notInFuture(admittedOn, ['admittedOn']);
    requireOpenCell(w, cell, admittedOn, ['cell']);
    requireAdmissionAge(person.birthYear, admittedOn, ['birthYear']);
    return { ...person, cell, admittedOn };
  },

  async write(records, w) {
    const personIds = await nextIds(w, 'person', records.length);
    const memberIds = await nextIds(w, 'member', records.length);
    const by = records.map(() => w.caller.id);
    await insertRows(w, 'person', {
      id: ['int', personIds],
      full_name: ['text', records.map((r) => r.fullName)],
      sex: ['text', records.map((r) => r.sex)],
      birth_year: ['int2', records.map((r) => r.birthYear)],
      ethnicity: ['text', records.map((r) => r.ethnicity)],
      education: ['text', records.map((r) => r.education)],
      created_by: ['text', by],
      updated_by: ['text', by],
    });
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
