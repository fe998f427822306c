import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { findMetric } from '../../analytics/metric-catalogue.js';
import { REPLICA_MODEL } from '../../analytics/replica-model.js';
import { capturedTables, REPLICA_SOURCES } from '../../analytics/replica-sources.js';
import { WHOLE_FOREST } from '../../services/access/access-scope.js';
import type { Caller } from '../../services/access/caller.js';
import { DomainError } from '../../services/errors.js';
import { OrganisationService } from '../../services/hierarchy/organisation.service.js';
import { AdmissionService } from '../../services/membership/admission.service.js';
import { ConsolidationService } from '../../services/oversight/consolidation.service.js';
import { DesignationService } from '../../services/oversight/designation.service.js';
import { DisciplinaryActionService } from '../../services/oversight/disciplinary-action.service.js';
import { InspectionService } from '../../services/oversight/inspection.service.js';
import { SupervisionService } from '../../services/oversight/supervision.service.js';
import { ProgrammeItemStatusService } from '../../services/programmes/programme-item-status.service.js';
import { TargetService } from '../../services/programmes/target.service.js';
import { initORM } from '../../services/store/orm.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { loadRandomWorld, type RandomWorld } from './support/random-world.js';

let db: TestDatabase;
let world: RandomWorld;
let orm: MikroORM;
let sql: pg.Client;
let dir: string;
let engine: AnalyticsEngine;
const logged: string[] = [];

const caller: Caller = { id: 'editor@catch-up-test', role: 'admin', scope: WHOLE_FOREST };

beforeAll(async () => {
  db = await createTestDatabase();
  world = await loadRandomWorld(db.url, 11);
  orm = await initORM(db.url, 2);
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  dir = await mkdtemp(path.join(tmpdir(), 'analytics-catch-up-test-'));
  engine = new AnalyticsEngine({
    databaseUrl: db.url,
    path: path.join(dir, 'followed.duckdb'),
    log: (l) => logged.push(l),
  });
  await engine.sync();
});

afterAll(async () => {
  await engine?.close();
  await sql?.end();
  await orm?.close(true);
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The ids of `query`'s rows, for commands to pick from by index. */
async function ids(query: string): Promise<number[]> {
  return (await sql.query<{ id: number }>(`${query} order by id`)).rows.map((r) => r.id);
}

const pickFrom = (xs: number[], i: number) => xs[i % Math.max(1, xs.length)] ?? 1;
const dayArb = fc
  .integer({ min: 0, max: 700 })
  .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const index = fc.nat(10_000);

/** One write, through the write services where one exists (a move has none: plain SQL, as an operator would). */
type Command = { name: string; run: () => Promise<unknown> };
let made = 0;
const scope = () => ({ em: orm.em.fork(), caller, checkMetric: findMetric });
const openCells = "select id from organisation where kind in ('cell', 'grassroots_cell') and dissolved_on is null";
const committees = "select id from organisation where kind = 'grassroots_committee' and dissolved_on is null";
const liveMembers = 'select id from member where left_on is null';

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ cell: index, day: dayArb, female: fc.boolean() }).map(({ cell, day, female }) => ({
    name: `admit into cell #${cell} on ${day}`,
    run: async () =>
      new AdmissionService(scope()).admitMember({
        person: {
          fullName: `Người mới ${++made}`,
          sex: female ? 'female' : 'male',
          birthYear: 1990,
          education: 'university',
        },
        cellId: pickFrom(await ids(openCells), cell),
        admittedOn: day,
      }),
  })),
  fc.record({ parent: index, day: dayArb }).map(({ parent, day }) => ({
    name: `found a cell under #${parent} on ${day}`,
    run: async () =>
      new OrganisationService(scope()).found({
        code: `CU-${++made}`,
        name: `Chi bộ mới ${made}`,
        kind: 'cell',
        branch: 'party',
        parentId: pickFrom(await ids(committees), parent),
        foundedOn: day,
      }),
  })),
  fc.record({ org: index, day: dayArb }).map(({ org, day }) => ({
    name: `dissolve #${org} on ${day}`,
    run: async () =>
      new OrganisationService(scope()).dissolve({
        organisationId: pickFrom(await ids(`${openCells} union ${committees}`), org),
        dissolvedOn: day,
      }),
  })),
  fc.record({ org: index, parent: index, grassroots: fc.boolean() }).map(({ org, parent, grassroots }) => ({
    name: `move ${grassroots ? 'grassroots' : 'cell'} #${org} under #${parent}`,
    run: async () => {
      const [moved, under] = grassroots
        ? [await ids(committees), await ids("select id from organisation where kind = 'district_committee'")]
        : [await ids("select id from organisation where kind = 'cell'"), await ids(committees)];
      await sql.query('update organisation set parent_id = $2 where id = $1', [
        pickFrom(moved, org),
        pickFrom(under, parent),
      ]);
    },
  })),
  fc
    .record({
      what: fc.constantFrom('inspection', 'supervision', 'discipline'),
      member: fc.boolean(),
      subject: index,
      day: dayArb,
    })
    .map(({ what, member, subject, day }) => ({
      name: `${what} of ${member ? 'member' : 'organisation'} #${subject} on ${day}`,
      run: async () => {
        const subjectId = member ? pickFrom(await ids(liveMembers), subject) : pickFrom(await ids(committees), subject);
        const base = {
          ...(member ? { subjectMemberId: subjectId } : { subjectOrganisationId: subjectId }),
          actingCommitteeId: world.rootId,
        };
        if (what === 'inspection')
          return new InspectionService(scope()).record({ ...base, type: 'thematic', occurredOn: day });
        if (what === 'supervision')
          return new SupervisionService(scope()).record({ ...base, type: 'regular', occurredOn: day });
        return new DisciplinaryActionService(scope()).record({ ...base, form: 'reprimand', decidedOn: day });
      },
    })),
  fc
    .record({
      period: fc.constantFrom('2024', '2024-H1', '2025'),
      value: fc.integer({ min: 0, max: 500 }),
      district: fc.boolean(),
      at: index,
    })
    .map(({ period, value, district, at }) => ({
      name: `target ${period} = ${value}`,
      run: async () =>
        new TargetService(scope()).set({
          metric: 'admissions',
          period,
          value,
          ...(district
            ? { scopeId: pickFrom(await ids("select id from organisation where kind = 'district_committee'"), at) }
            : {}),
        }),
    })),
  fc
    .record({ item: index, status: fc.constantFrom('in_progress', 'draft_submitted', 'completed'), day: dayArb })
    .map(({ item, status, day }) => ({
      name: `item #${item} ${status} on ${day}`,
      run: async () =>
        new ProgrammeItemStatusService(scope()).set({
          itemId: pickFrom(await ids('select id from programme_item'), item),
          status,
          effectiveOn: day,
        }),
    })),
  fc
    .record({ org: index, kind: fc.constantFrom('weak', 'to_consolidate'), consolidate: fc.boolean(), day: dayArb })
    .map(({ org, kind, consolidate, day }) => ({
      name: `${consolidate ? 'consolidate' : 'designate'} #${org} ${kind} on ${day}`,
      run: async () => {
        const organisationId = pickFrom(await ids(committees), org);
        const year = Number(day.slice(0, 4));
        if (consolidate)
          return new ConsolidationService(scope()).record({ organisationId, kind, year, consolidatedOn: day });
        return new DesignationService(scope()).designate({
          organisationId,
          kind,
          year,
          designatedOn: day,
          plan: 'Kế hoạch 20',
        });
      },
    })),
  // Deletions and a change to a joined table (a member's education lives on the person).
  fc.record({ row: index }).map(({ row }) => ({
    name: `delete inspection #${row}`,
    run: async () =>
      sql.query('delete from inspection where id = $1', [pickFrom(await ids('select id from inspection'), row)]),
  })),
  fc.record({ row: index }).map(({ row }) => ({
    name: `person of member #${row} becomes postgraduate`,
    run: async () =>
      sql.query(
        "update person set education = 'postgraduate' where id = (select person_id from member where id = $1)",
        [pickFrom(await ids('select id from member'), row)],
      ),
  })),
  // Re-classifying an ancestor changes the district of every organisation below it, whose rows stay as they were.
  fc.record({ org: index }).map(({ org }) => ({
    name: `committee #${org} becomes (or stops being) a district committee`,
    run: async () =>
      sql.query(
        `update organisation set kind = case kind when 'bloc_committee' then 'district_committee' else 'bloc_committee' end
         where id = $1`,
        [
          pickFrom(
            await ids("select id from organisation where kind in ('bloc_committee', 'district_committee')"),
            org,
          ),
        ],
      ),
  })),
  fc.constant<Command>({ name: 'catch up', run: () => engine.catchUp() }),
);

/** Every table of a replica, rows in a canonical order. */
async function tablesOf(replica: AnalyticsEngine): Promise<Record<string, unknown[]>> {
  const tables = [...REPLICA_SOURCES.map((s) => `raw_${s.table}`), ...REPLICA_MODEL.map((m) => m.table)];
  return replica.read(async (query) => {
    const out: Record<string, unknown[]> = {};
    for (const t of tables) out[t] = await query(`select * from ${t} order by all`);
    return out;
  });
}

/**
 * Answers that read every kind of model table, split by district; members also from the sums of
 * member changes forward and back from a year's end (2024-05, 2025-Q3), from placed spells (deeper
 * scopes) and through the closure (several scopes at once), which must agree.
 */
async function answers(replica: AnalyticsEngine) {
  const scopes = [
    world.rootId,
    ...(await ids("select id from organisation where kind in ('district_committee', 'grassroots_committee')")),
  ];
  const [together, alone] = await Promise.all([
    replica.organisationValues('members', '2025-Q3', scopes),
    Promise.all(scopes.map((scope) => replica.compare({ metric: 'members', period: '2025-Q3', scope }))),
  ]);
  expect(alone.map((c) => c.value)).toEqual(together);
  return Promise.all([
    replica.compare({ metric: 'admissions', period: '2024', groupBy: 'DISTRICT' }),
    replica.compare({ metric: 'members', period: '2025', groupBy: 'DISTRICT' }),
    replica.compare({ metric: 'members', period: '2024-05', groupBy: 'DIRECT_CHILDREN' }),
    replica.compare({ metric: 'members', period: '2025-Q3', breakdown: 'sex' }),
    replica.compare({ metric: 'grassroots_orgs', period: '2025', groupBy: 'DISTRICT' }),
    replica.compare({ metric: 'inspected_members', period: '2024', groupBy: 'DISTRICT' }),
    replica.compare({ metric: 'disciplined_orgs', period: '2025' }),
    replica.attainment({ metric: 'admissions', period: '2024' }),
    replica.share({ metric: 'grassroots_consolidated', period: '2025' }),
    replica.compare({ metric: 'programme_items', period: '2025', breakdown: 'status' }),
  ]);
}

describe('catch-up', () => {
  it('every captured table has the capture trigger (a table the replica reads but does not capture would go stale)', async () => {
    const { rows } = await sql.query<{ table_name: string }>(
      `select distinct c.relname as table_name from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where t.tgname like 'replica_capture_%'`,
    );
    expect(capturedTables().filter((t) => !rows.some((r) => r.table_name === t))).toEqual([]);
  });

  it('after random mixes of writes, the followed replica equals a fresh full sync, table by table and answer by answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 10 }), async (commands) => {
        for (const command of commands) {
          // A refused write (a dissolved cell, a duplicate designation ...) writes nothing: part of the mix.
          await command.run().catch((e: unknown) => {
            if (!(e instanceof DomainError)) throw e;
          });
        }
        const before = logged.length;
        await engine.catchUp();
        expect(
          logged.slice(before).filter((l) => l.includes('full sync')),
          'caught up, not re-synced',
        ).toEqual([]);
        const fresh = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
        try {
          await fresh.sync();
          expect(await tablesOf(engine)).toEqual(await tablesOf(fresh));
          expect(await answers(engine)).toEqual(await answers(fresh));
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: 20 },
    );
    // Each run writes, catches up and takes a full sync to compare with: minutes on a loaded machine.
  }, 600_000);

  it('a change committed late with a lower change id is not skipped', async () => {
    await engine.catchUp();
    const late = new pg.Client({ connectionString: db.url });
    await late.connect();
    try {
      await late.query('begin');
      await late.query("update target set value = 111 where metric = 'admissions' and period = '2022'");
      // Logged after the open transaction's change, committed before it.
      await sql.query("update target set value = 3.25 where metric = 'non_state_enterprise_orgs'");
      await engine.catchUp();
      await late.query('commit');
      await engine.catchUp();
    } finally {
      await late.end();
    }
    const values = await engine.read((q) => q('select metric, period, value from target order by metric, period'));
    expect(values).toContainEqual({ metric: 'admissions', period: '2022', value: 111 });
    expect(values).toContainEqual({ metric: 'non_state_enterprise_orgs', period: '2022', value: 3.25 });
  });

  it('a reader keeps its snapshot through a catch-up and sees none of it; the next reader sees all of it', async () => {
    const count = (q: (s: string) => Promise<Record<string, unknown>[]>) =>
      q('select (select count(*) from raw_member) as members, (select count(*) from member_spell) as spells');
    const cell = pickFrom(await ids(openCells), 0);
    const { held, after } = await engine.read(async (query) => {
      const held = await count(query);
      await new AdmissionService(scope()).admitMember({
        person: { fullName: 'Người đọc', sex: 'male', birthYear: 1991, education: 'university' },
        cellId: cell,
        admittedOn: '2025-05-19',
      });
      await engine.catchUp();
      return { held, after: await count(query) };
    });
    expect(after).toEqual(held);
    const now = await engine.read(count);
    expect(now).toEqual([{ members: Number(held[0]?.members) + 1, spells: Number(held[0]?.spells) + 1 }]);
  });

  it('a replica whose horizon was given up (pruned as gone, or a reseeded database) takes a full sync', async () => {
    await sql.query('delete from replica.horizon');
    const before = logged.length;
    await engine.catchUp();
    expect(logged.slice(before).some((l) => l.includes('full sync: the change log was pruned past it'))).toBe(true);
    const { rows } = await sql.query('select count(*)::int as n from replica.horizon');
    expect(rows[0]?.n).toBe(1);
  });

  it('a temporary replica releases its horizon when closed, so it does not hold the log back', async () => {
    const horizons = async () => (await sql.query('select count(*)::int as n from replica.horizon')).rows[0]?.n;
    const held = await horizons();
    const temporary = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
    await temporary.sync();
    expect(await horizons()).toBe(held + 1);
    await temporary.close();
    expect(await horizons()).toBe(held);
  });

  it('the log is pruned below the oldest horizon', async () => {
    await sql.query("update target set value = 7 where metric = 'non_state_enterprise_orgs'");
    await engine.catchUp();
    await engine.catchUp();
    const { rows } = await sql.query(
      'select count(*)::int as n from replica.change where xid < (select min(oldest_xid) from replica.horizon)',
    );
    expect(rows[0]?.n).toBe(0);
    // The oldest horizon is this replica's own (the temporary ones released theirs), so the log is kept only from where it stands.
    const [state] = await engine.read((q) => q('select horizon from main.replica_state'));
    const held = await sql.query(
      'select (select min(oldest_xid) from replica.horizon) = pg_snapshot_xmin($1::pg_snapshot) as own',
      [state?.horizon],
    );
    expect(held.rows[0]?.own).toBe(true);
  });
});
