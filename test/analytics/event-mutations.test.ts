import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startGateway, type TestGateway } from '../support/gateway.js';
import { loadRandomWorld, type RandomWorld } from './support/random-world.js';

let db: TestDatabase;
let world: RandomWorld;
let engine: AnalyticsEngine;
let api: TestGateway;
let sql: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await loadRandomWorld(db.url, 7);
  engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
  await engine.sync();
  api = await startGateway(db.url, { analytics: engine });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await api?.close();
  await engine?.close();
  await db?.drop();
});

const COMPARE = `query ($metric: String!, $period: String!, $scope: ID, $where: [DimensionFilter!]) {
  compare(metric: $metric, period: $period, scope: $scope, where: $where) { value } }`;

/** A figure as a client reads it through the API. */
async function figure(metric: string, period: string, extra: Record<string, unknown> = {}): Promise<number> {
  const reply = await api.ask<{ compare: { value: number } }>(COMPARE, { metric, period, ...extra });
  expect(reply.errors).toBeUndefined();
  return reply.data?.compare.value as number;
}

async function mutate(name: string, input: Record<string, unknown>): Promise<string> {
  const reply = await api.ask<Record<string, { id: string }>>(
    `mutation ($input: ${name[0]?.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`,
    { input },
  );
  expect(reply.errors).toBeUndefined();
  return reply.data?.[name]?.id as string;
}

/** Members on the roll with no event or oversight record after `before` and no discipline in 2022: free for new steps. */
async function quietMembers(before: string, n: number): Promise<{ id: number; cell_id: number }[]> {
  const { rows } = await sql.query(
    `select m.id, m.cell_id from member m
     where m.left_on is null
       and (select max(e.occurred_on) from membership_event e where e.member_id = m.id) < $1
       and not exists (select 1 from disciplinary_action d where d.subject_member_id = m.id and d.decided_on >= '2022-01-01')
       and not exists (select 1 from inspection i where i.subject_member_id = m.id and i.occurred_on >= $1)
       and not exists (select 1 from supervision s where s.subject_member_id = m.id and s.occurred_on >= $1)
     order by m.id limit $2`,
    [before, n],
  );
  return rows;
}

describe('the analytics count what the membership mutations write', () => {
  it('a transfer, an expulsion and an arrival move transfers, exits by reason, discipline and the members stock', async () => {
    const [mover, expellee] = await quietMembers('2022-03-01', 2);
    if (!mover || !expellee) expect.fail('the random world has no quiet members');
    const { rows: cells } = await sql.query(
      `select id from organisation where kind in ('cell', 'grassroots_cell') and id <> $1
         and founded_on <= '2022-03-10' and (dissolved_on is null or dissolved_on > '2022-06-30') order by id limit 1`,
      [mover.cell_id],
    );
    const to = cells[0].id as number;
    const expulsion = { where: [{ dimension: 'exit_reason', values: ['expulsion'] }] };
    const intoCell = { scope: toGlobalId('Organisation', to) };
    const measure = async () => ({
      transfersIn: await figure('transfers_in', '2022-H1'),
      transfersOut: await figure('transfers_out', '2022-H1'),
      transfersIntoCell: await figure('transfers_in', '2022-H1', intoCell),
      expulsions: await figure('exits', '2022-H1', expulsion),
      exits2021: await figure('exits', '2021'),
      disciplined: await figure('disciplined_members', '2022-H1'),
      admissions: await figure('admissions', '2022-H1'),
      members: await figure('members', '2022-H1'),
      membersApril: await figure('members', '2022-04'),
      membersOfCell: await figure('members', '2022-H1', intoCell),
      membersOfCell2021: await figure('members', '2021', intoCell),
    });
    const before = await measure();

    await mutate('transferMember', {
      memberId: toGlobalId('Member', mover.id),
      toCellId: toGlobalId('Organisation', to),
      transferredOn: '2022-03-10',
    });
    await mutate('recordExit', {
      memberId: toGlobalId('Member', expellee.id),
      reason: 'EXPULSION',
      leftOn: '2022-04-10',
      actingCommitteeId: toGlobalId('Organisation', world.rootId),
    });
    await mutate('transferIn', {
      person: { fullName: 'Người đến', sex: 'FEMALE', birthYear: 1990, education: 'UNIVERSITY' },
      cellId: toGlobalId('Organisation', to),
      admittedOn: '2015-05-19',
      fullMemberOn: '2016-05-19',
      arrivedOn: '2022-05-01',
    });
    await engine.sync();

    expect(await measure()).toEqual({
      ...before,
      transfersIn: before.transfersIn + 2,
      transfersOut: before.transfersOut + 1,
      transfersIntoCell: before.transfersIntoCell + 2,
      expulsions: before.expulsions + 1,
      disciplined: before.disciplined + 1,
      // The expellee leaves in April, the arrival joins in May; a transfer changes no total.
      members: before.members,
      membersApril: before.membersApril - 1,
      // A member counts where they sit now; an arrival only from the day they arrived, not since admission elsewhere.
      membersOfCell: before.membersOfCell + 2,
      membersOfCell2021: before.membersOfCell2021 + 1,
    });
  });

  it('a full membership after an arrival on probation, and a team formed, are counted in their period', async () => {
    const [cell] = (
      await sql.query(
        `select id from organisation where kind = 'cell' and founded_on <= '2022-01-15' and dissolved_on is null order by id limit 1`,
      )
    ).rows;
    const [head] = (
      await sql.query('select person_id as id from member where cell_id = $1 order by id limit 1', [cell.id])
    ).rows;
    const before = {
      full: await figure('full_memberships', '2022-H1'),
      teams: await figure('inspection_teams', '2022-H1'),
    };
    const arrival = await mutate('transferIn', {
      person: { fullName: 'Người dự bị', sex: 'MALE', birthYear: 1995, education: 'UNIVERSITY' },
      cellId: toGlobalId('Organisation', cell.id),
      admittedOn: '2021-06-01',
      arrivedOn: '2022-01-15',
    });
    await mutate('confirmFullMembership', { memberId: arrival, confirmedOn: '2022-06-01' });
    await mutate('formInspectionTeam', {
      name: 'Đoàn kiểm tra mới',
      formedById: toGlobalId('Organisation', world.standingCommitteeId),
      formedOn: '2022-05-01',
      members: [{ personId: toGlobalId('Person', head.id), role: 'HEAD' }],
    });
    await engine.sync();
    expect({
      full: await figure('full_memberships', '2022-H1'),
      teams: await figure('inspection_teams', '2022-H1'),
    }).toEqual({ full: before.full + 1, teams: before.teams + 1 });
  });
});
