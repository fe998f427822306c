import { beforeAll, describe, expect, it } from 'vitest';
import { useDatabase } from '../support/use-database.js';

/** What the database itself holds to, whatever a write service does: the last word on corrections. */
describe('the database keeps corrections straight', () => {
  const fx = useDatabase();
  let cell: number;
  let person: number;

  const one = async (sql: string, params: unknown[]) => {
    const { rows } = await fx.sql.query<{ id: number }>(`${sql} returning id`, params);
    return rows[0]?.id as number;
  };
  const admit = (voided: boolean) =>
    one(
      `insert into member (person_id, cell_id, admitted_on, probation_ends_on, status, voided_at, voided_by, void_reason)
       values ($1, $2, '2010-01-01', '2011-01-01', 'full', $3, $4, $5)`,
      [person, cell, ...(voided ? [new Date(), 'clerk', 'Nhập trùng'] : [null, null, null])],
    );
  const refusal = (sql: string, params: unknown[]) =>
    fx.sql.query(sql, params).then(
      () => undefined,
      (e: { code: string; constraint?: string }) => ({ code: e.code, constraint: e.constraint }),
    );

  beforeAll(async () => {
    cell = await one(
      `insert into organisation (code, name, kind, branch, founded_on) values ('X-CELL', 'Chi bộ thử', 'cell', 'party', '2000-01-01')`,
      [],
    );
    person = await one(
      `insert into person (full_name, sex, birth_year, education) values ('Lê Văn Thử', 'male', 1980, 'university')`,
      [],
    );
  });

  it('sets when, who and why of a void together or not at all', async () => {
    const member = await admit(false);
    expect(await refusal('update member set voided_at = now() where id = $1', [member])).toEqual({
      code: '23514',
      constraint: 'member_void_check',
    });
    await fx.sql.query('delete from member where id = $1', [member]);
  });

  it('holds one live membership per person, voided ones aside', async () => {
    const voided = await admit(true);
    const live = await admit(false);
    expect(
      await refusal(
        `insert into member (person_id, cell_id, admitted_on, probation_ends_on, status) values ($1, $2, '2012-01-01', '2013-01-01', 'full')`,
        [person, cell],
      ),
    ).toEqual({ code: '23505', constraint: 'member_person_id_unique' });
    await fx.sql.query('update member set replaces_id = $1 where id = $2', [voided, live]);
    const second = await admit(true);
    expect(await refusal('update member set replaces_id = $1 where id = $2', [voided, second])).toEqual({
      code: '23505',
      constraint: 'member_replaces_id_unique',
    });
  });
});
