import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { loadRandomWorld } from '../analytics/support/random-world.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startGateway, type TestGateway } from '../support/gateway.js';

let db: TestDatabase;
let engine: AnalyticsEngine;
let api: TestGateway;
let cell: { id: number; district: number };

beforeAll(async () => {
  db = await createTestDatabase();
  await loadRandomWorld(db.url, 7);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // A cell alive through 2022, and the district committee it sits under.
  const r = await client.query<{ id: number; district: number }>(
    `select c.id, d.id as district from organisation c join organisation d on d.id = any(c.path)
     where c.kind in ('cell', 'grassroots_cell') and c.founded_on <= '2021-01-01' and c.dissolved_on is null
       and d.kind = 'district_committee' order by c.id limit 1`,
  );
  await client.end();
  cell = r.rows[0] as { id: number; district: number };
  engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
  await engine.sync();
  api = await startGateway(db.url, { analytics: engine });
});

afterAll(async () => {
  await api?.close();
  await engine?.close();
  await db?.drop();
});

const COMPARE = `query ($scope: ID) {
  compare(metric: "admissions", period: "2022-H1", groupBy: DISTRICT, scope: $scope) {
    value baseValue delta ratio percentOfBase reason rows { label rank value baseValue percentOfBase }
  }
}`;

async function compare() {
  const res = await api.ask<{ compare: { value: number; rows: { label: string; value: number }[] } }>(COMPARE);
  expect(res.errors).toBeUndefined();
  return res.data?.compare;
}

async function mutate<T>(query: string, variables: Record<string, unknown>) {
  const res = await api.ask<T>(query, variables);
  // The replica re-syncs after each commit (onCommitted, debounced); here it is synced at once.
  await engine.sync();
  return res;
}

const ADMIT = `mutation ($input: AdmitMemberInput!) { admitMember(input: $input) { id } }`;
const VOID = `mutation ($input: VoidRecordInput!) { voidRecord(input: $input) { id voidedAt voidedBy voidReason } }`;
const newPerson = (fullName: string) => ({ fullName, sex: 'FEMALE', birthYear: 1995, education: 'UNIVERSITY' });

describe('corrections through the API', () => {
  it('a voided admission leaves compare as if it had never been', async () => {
    const before = await compare();
    const admitted = await mutate<{ admitMember: { id: string } }>(ADMIT, {
      input: {
        person: newPerson('Đặng Thu Trang'),
        cellId: toGlobalId('Organisation', cell.id),
        admittedOn: '2022-03-10',
      },
    });
    expect(admitted.errors).toBeUndefined();
    const during = await compare();
    expect(during?.value).toBe((before?.value ?? 0) + 1);

    const voided = await mutate<{ voidRecord: { id: string; voidReason: string; voidedAt: string; voidedBy: string } }>(
      VOID,
      {
        input: { id: admitted.data?.admitMember.id, reason: 'Nhập nhầm hồ sơ' },
      },
    );
    expect(voided.errors).toBeUndefined();
    expect(voided.data?.voidRecord).toMatchObject({ id: admitted.data?.admitMember.id, voidReason: 'Nhập nhầm hồ sơ' });
    expect(await compare()).toEqual(before);
    const memberId = Buffer.from(admitted.data?.admitMember.id ?? '', 'base64').toString('utf8');
    const audit = await api.ask<{ auditLog: { nodes: { target: string; outcome: string; subject: string }[] } }>(
      `{ auditLog(operation: "voidRecord") { nodes { target outcome subject } } }`,
    );
    expect(audit.data?.auditLog.nodes[0]).toMatchObject({ target: memberId, outcome: 'ok' });
    expect(voided.data?.voidRecord.voidedBy).toBe(audit.data?.auditLog.nodes[0]?.subject);
  });

  it('lists leave a voided record out unless includeVoided, node(id) still returns it, and a correction links both', async () => {
    const cellId = toGlobalId('Organisation', cell.id);
    const wrong = await mutate<{ admitMember: { id: string } }>(ADMIT, {
      input: { person: newPerson('Lý Thị Hoa'), cellId, admittedOn: '2022-04-01' },
    });
    const corrected = await mutate<{ admitMember: { id: string } }>(ADMIT, {
      input: {
        person: newPerson('Lý Thị Hoa'),
        cellId,
        admittedOn: '2022-04-02',
        corrects: wrong.data?.admitMember.id,
        correctionReason: 'Sai ngày kết nạp',
      },
    });
    expect(corrected.errors).toBeUndefined();
    const LIST = `query ($cell: ID!, $all: Boolean!) {
      members(under: $cell, admittedFrom: "2022-04-01", includeVoided: $all) { totalCount nodes { id voidedAt } }
    }`;
    const live = await api.ask<{ members: { totalCount: number; nodes: { id: string }[] } }>(LIST, {
      cell: cellId,
      all: false,
    });
    const all = await api.ask<{ members: { totalCount: number; nodes: { id: string }[] } }>(LIST, {
      cell: cellId,
      all: true,
    });
    expect(live.data?.members.nodes.map((n) => n.id)).toContain(corrected.data?.admitMember.id);
    expect(live.data?.members.nodes.map((n) => n.id)).not.toContain(wrong.data?.admitMember.id);
    expect(all.data?.members.totalCount).toBe((live.data?.members.totalCount ?? 0) + 1);

    const node = await api.ask<{ node: Record<string, unknown> }>(
      `query ($id: ID!) { node(id: $id) { ... on Member { voidReason voidedBy replacedBy { id replaces { id } }
        events(includeVoided: true) { nodes { kind voidReason } } } } }`,
      { id: wrong.data?.admitMember.id },
    );
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toMatchObject({
      voidReason: 'Sai ngày kết nạp',
      replacedBy: { id: corrected.data?.admitMember.id, replaces: { id: wrong.data?.admitMember.id } },
      events: { nodes: [{ kind: 'ADMISSION', voidReason: 'Sai ngày kết nạp' }] },
    });
  });

  it("a corrected exit: the mutation's answer reads the member's new state and the event chain at once", async () => {
    const admitted = await mutate<{ admitMember: { id: string } }>(ADMIT, {
      input: {
        person: newPerson('Phan Văn Tuấn'),
        cellId: toGlobalId('Organisation', cell.id),
        admittedOn: '2021-03-10',
      },
    });
    const EXIT = `mutation ($input: RecordExitInput!) { recordExit(input: $input) {
      id status leftOn events { nodes { id kind occurredOn exitReason replaces { id voidReason } } } } }`;
    type Exit = {
      recordExit: {
        status: string;
        leftOn: string;
        events: { nodes: { id: string; kind: string; exitReason: string | null }[] };
      };
    };
    const memberId = admitted.data?.admitMember.id;
    const wrong = await mutate<Exit>(EXIT, { input: { memberId, reason: 'RESIGNATION', leftOn: '2022-05-01' } });
    expect(wrong.errors).toBeUndefined();
    const wrongExit = wrong.data?.recordExit.events.nodes.find((e) => e.kind === 'EXIT');
    const corrected = await mutate<Exit>(EXIT, {
      input: {
        memberId,
        reason: 'DEATH',
        leftOn: '2022-04-20',
        corrects: wrongExit?.id,
        correctionReason: 'Sai lý do',
      },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data?.recordExit).toMatchObject({
      status: 'EXITED',
      leftOn: '2022-04-20',
      events: {
        nodes: [
          { kind: 'ADMISSION' },
          {
            kind: 'EXIT',
            occurredOn: '2022-04-20',
            exitReason: 'DEATH',
            replaces: { id: wrongExit?.id, voidReason: 'Sai lý do' },
          },
        ],
      },
    });
  });

  it('refuses to void an admission a later inspection depends on, naming it by global id', async () => {
    const admitted = await mutate<{ admitMember: { id: string } }>(ADMIT, {
      input: {
        person: newPerson('Trịnh Văn Long'),
        cellId: toGlobalId('Organisation', cell.id),
        admittedOn: '2022-02-01',
      },
    });
    const inspected = await mutate<{ recordInspection: { id: string } }>(
      `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`,
      {
        input: {
          subjectMemberId: admitted.data?.admitMember.id,
          actingCommitteeId: toGlobalId('Organisation', cell.district),
          type: 'THEMATIC',
          occurredOn: '2022-05-01',
        },
      },
    );
    expect(inspected.errors).toBeUndefined();
    const refused = await api.ask(VOID, { input: { id: admitted.data?.admitMember.id, reason: 'Nhập nhầm' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'HAS_DEPENDANTS',
      field: ['input', 'id'],
      dependants: [{ kind: 'Inspection', id: inspected.data?.recordInspection.id }],
    });
  });
});
