import { DomainError } from '../errors.js';
import { EDUCATION_LABELS, SEX_LABELS } from '../hierarchy/hierarchy.labels.js';
import type { EducationLevel, Sex } from '../hierarchy/person.entity.js';
import { joiningPerson } from '../membership/joining-person.js';
import { pgArray } from '../store/query/sql.js';
import type { WriteUnit } from '../write/write-unit.js';
import { cellParsers } from './cell-parsers.js';
import type { IntakeColumn, IntakeValues } from './intake-kind.js';
import { personCodeColumn } from './person-code-column.js';
import type { PersonDirectory } from './person-directory.js';
import { insertRows, nextIds } from './set-insert.js';

/** A person's own details as a row gives them (services/hierarchy/person-fields.ts). */
export interface NewPerson {
  fullName: string;
  sex: Sex;
  birthYear: number;
  ethnicity: string;
  education: EducationLevel;
  /** The register code the row gives; the register's next when absent. */
  code?: string;
}

/**
 * Someone new to the records in a row, for every kind that records people (admissions, people): the
 * same columns, the same field rules as the mutations' `person`, the same set-based writer.
 */
export const newPersonRows = {
  columns: [
    personCodeColumn('code', false),
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
  ] satisfies IntakeColumn[],

  /** The person a row's cells give, with joiningPerson.newPerson's rules (BAD_USER_INPUT naming the column). */
  details(values: IntakeValues): NewPerson {
    const parsed = joiningPerson.newPerson.safeParse(values);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw new DomainError('BAD_USER_INPUT', issue?.message ?? 'invalid', [String(issue?.path[0] ?? 'fullName')]);
    }
    return parsed.data;
  },

  /** details(), the person recorded in the file's directory: PERSON_CODE_TAKEN when their code is someone's. */
  check(values: IntakeValues, people: PersonDirectory): NewPerson {
    const person = newPersonRows.details(values);
    people.recordNew(person, ['code']);
    return person;
  },

  /** Writes them in the import's transaction; their ids in order. */
  async write(w: WriteUnit, people: readonly NewPerson[]): Promise<number[]> {
    const ids = await nextIds(w, 'person', people.length);
    const by = people.map(() => w.caller.id);
    const given = new Set(people.map((p) => p.code));
    await yieldGivenCodes(w, given);
    const generated = await freeCodes(w, people.filter((p) => p.code === undefined).length, given);
    await insertRows(w, 'person', {
      id: ['int', ids],
      code: ['text', people.map((p) => p.code ?? (generated.shift() as string))],
      full_name: ['text', people.map((r) => r.fullName)],
      sex: ['text', people.map((r) => r.sex)],
      birth_year: ['int2', people.map((r) => r.birthYear)],
      ethnicity: ['text', people.map((r) => r.ethnicity)],
      education: ['text', people.map((r) => r.education)],
      created_by: ['text', by],
      updated_by: ['text', by],
    });
    return ids;
  },
};

/**
 * A person row this transaction wrote (the import's own). A file is written in chunks, so the register
 * may give a row of an earlier chunk a code a later row gives (an office's numbers may be the
 * register's): the person directory leaves such a code free, and the later chunk's writer gives its
 * first holder another (yieldGivenCodes), as the whole file written at once would have.
 */
export function writtenByThisImport(alias: string): string {
  // No transaction id yet (a dry run, or nothing written so far): no row of its own.
  return `coalesce(${alias}.xmin::text::bigint = txid_current_if_assigned() % 4294967296, false)`;
}

/** The people of earlier chunks of this import holding a code these rows give take the register's next. */
async function yieldGivenCodes(w: WriteUnit, given: ReadonlySet<string | undefined>): Promise<void> {
  const codes = [...given].filter((c): c is string => c !== undefined);
  if (!codes.length) return;
  const connection = w.em.getConnection();
  const holders = await connection.execute<{ id: number }[]>(
    `select p.id from person p where p.code = any(?::text[]) and ${writtenByThisImport('p')}`,
    [pgArray(codes)],
    'all',
    w.em.getTransactionContext(),
  );
  if (!holders.length) return;
  await connection.execute(
    'update person p set code = u.code from unnest(?::int[], ?::text[]) u(id, code) where p.id = u.id',
    [pgArray(holders.map((h) => h.id)), pgArray(await freeCodes(w, holders.length, given))],
    'all',
    w.em.getTransactionContext(),
  );
}

/** `n` codes from the register (next_person_code(), which skips codes on record), none of them given in these rows. */
async function freeCodes(w: WriteUnit, n: number, given: ReadonlySet<string | undefined>): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < n) {
    const rows = await w.em
      .getConnection()
      .execute<{ code: string }[]>(
        'select next_person_code() as code from generate_series(1, ?)',
        [n - codes.length],
        'all',
        w.em.getTransactionContext(),
      );
    codes.push(...rows.map((r) => r.code).filter((c) => !given.has(c)));
  }
  return codes;
}
