import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALIBRATION_FILE } from '../../scripts/world/calibration.js';
import { seedWorld } from '../../scripts/world/seed-world.js';
import { DomainError } from '../../services/errors.js';
import { useDatabase } from '../support/use-database.js';

interface PgError {
  code: string;
  constraint?: string;
}

describe('the database refuses bad rows by itself', () => {
  const fx = useDatabase();
  let ids: Record<string, number>;

  const rejects = async (sql: string, params: unknown[], code: string, constraint?: string) => {
    const error = await fx.sql.query(sql, params).then(
      () => undefined,
      (e: PgError) => e,
    );
    expect(error, sql).toBeDefined();
    expect(error?.code).toBe(code);
    if (constraint) expect(error?.constraint).toBe(constraint);
  };
  const insertOrg = async (code: string, parentId: number | null, kind = 'grassroots_committee') => {
    const { rows } = await fx.sql.query<{ id: number }>(
      `insert into organisation (code, name, kind, branch, parent_id, founded_on) values ($1, $1, $2, 'party', $3, '2000-01-01') returning id`,
      [code, kind, parentId],
    );
    return rows[0]?.id as number;
  };

  beforeAll(async () => {
    const root = await insertOrg('X-ROOT', null, 'city_committee');
    const child = await insertOrg('X-CHILD', root);
    const grandchild = await insertOrg('X-GRANDCHILD', child, 'cell');
    const person = await fx.sql.query<{ id: number }>(
      `insert into person (full_name, sex, birth_year, education) values ('Lê Văn Thử', 'male', 1980, 'university') returning id`,
    );
    const personId = person.rows[0]?.id as number;
    const member = await fx.sql.query<{ id: number }>(
      `insert into member (person_id, cell_id, admitted_on, probation_ends_on, status) values ($1, $2, '2010-01-01', '2011-01-01', 'full') returning id`,
      [personId, grandchild],
    );
    ids = { root, child, grandchild, person: personId, member: member.rows[0]?.id as number };
  });

  it('a position that ends before it starts', async () => {
    await rejects(
      `insert into position (person_id, organisation_id, title, role, started_on, ended_on) values ($1, $2, 'Bí thư', 'head', '2022-01-01', '2021-12-31')`,
      [ids.person, ids.root],
      '23514',
      'position_dates_check',
    );
  });

  it('an unknown kind, role or status', async () => {
    await rejects(
      `insert into organisation (code, name, kind, branch, founded_on) values ('X-K', 'x', 'club', 'party', '2000-01-01')`,
      [],
      '23514',
    );
    await rejects(
      `insert into position (person_id, organisation_id, title, role, started_on) values ($1, $2, 'x', 'boss', '2022-01-01')`,
      [ids.person, ids.root],
      '23514',
    );
    await rejects(`update member set status = 'sleeping' where id = $1`, [ids.member], '23514');
  });

  it('a dangling parent', async () => {
    await rejects(
      `insert into organisation (code, name, kind, branch, parent_id, founded_on) values ('X-ORPHAN', 'x', 'cell', 'party', 999999, '2000-01-01')`,
      [],
      '23503',
    );
  });

  it('a cycle: an organisation moved under its own descendant', async () => {
    await rejects(
      `update organisation set parent_id = $1 where id = $2`,
      [ids.grandchild, ids.root],
      '23514',
      'organisation_no_cycle',
    );
    await rejects(`update organisation set parent_id = id where id = $1`, [ids.child], '23514');
  });

  it('a duplicate code', async () => {
    await rejects(
      `insert into organisation (code, name, kind, branch, founded_on) values ('X-CHILD', 'again', 'cell', 'party', '2000-01-01')`,
      [],
      '23505',
      'organisation_code_unique',
    );
  });

  it('an oversight record with two subjects or none', async () => {
    const sql = `insert into inspection (subject_organisation_id, subject_member_id, placed_in_id, acting_committee_id, acting_body, type, occurred_on)
      values ($1, $2, $3, $4, 'committee', 'regular', '2022-03-01')`;
    await rejects(
      sql,
      [ids.grandchild, ids.member, ids.grandchild, ids.child],
      '23514',
      'inspection_one_subject_check',
    );
    await rejects(sql, [null, null, ids.grandchild, ids.child], '23514', 'inspection_one_subject_check');
  });

  it('a discipline form that does not fit its subject', async () => {
    const sql = `insert into disciplinary_action (subject_organisation_id, subject_member_id, placed_in_id, acting_committee_id, acting_body, form, decided_on)
      values ($1, $2, $3, $4, 'committee', $5, '2022-03-01')`;
    await rejects(
      sql,
      [null, ids.member, ids.grandchild, ids.child, 'dissolution'],
      '23514',
      'disciplinary_action_form_fits_subject_check',
    );
    await rejects(
      sql,
      [ids.grandchild, null, ids.grandchild, ids.child, 'expulsion'],
      '23514',
      'disciplinary_action_form_fits_subject_check',
    );
  });

  it('a member who leaves before joining', async () => {
    await rejects(
      `update member set left_on = '2009-12-31' where id = $1`,
      [ids.member],
      '23514',
      'member_dates_check',
    );
  });
});

describe('the loader refuses a malformed calibration file and writes nothing', () => {
  const fx = useDatabase();
  let dir: string;
  let lines: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'calibration-'));
    lines = (await readFile(CALIBRATION_FILE, 'utf8')).trimEnd().split('\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const withLine = (n: number, text: string) => lines.map((l, i) => (i === n - 1 ? text : l));

  it.each([
    ['a bad number', 3, 'admissions,2016,,10 356,synthetic,', /line 3: "10 356" is not a non-negative number/],
    ['an unknown metric', 4, 'admision,2017,,10671,synthetic,', /line 4: unknown metric "admision"/],
    ['a wrong column count', 5, 'admissions,2018,,10594,synthetic', /line 5: expected 6 columns, found 5/],
    ['a duplicate key', 6, 'admissions,2015,,10412,synthetic,', /line 6: duplicate of line 2/],
    ['a period that is not one', 7, 'admissions,2020-H3,,8881,reported,', /line 7: "2020-H3" is not a period/],
  ])('%s', async (_, line, text, message) => {
    const file = path.join(dir, `calibration-${line}.csv`);
    await writeFile(file, `${withLine(line, text).join('\n')}\n`);
    const error = await seedWorld(fx.db.url, { scale: 0.01, calibrationFile: file }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('CALIBRATION_INVALID');
    expect((error as DomainError).message).toMatch(message);
    expect((error as DomainError).field).toContain(`line ${line}`);
    const { rows } = await fx.sql.query<{ n: number }>(
      `select (select count(*) from organisation) + (select count(*) from person) + (select count(*) from administrative_unit) as n`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
