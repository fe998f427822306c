import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { useGateway } from '../gateway/support/use-gateway.js';

const SET_TARGET = `mutation($input: SetTargetInput!) { setTarget(input: $input) { id } }`;

describe('the audit log', () => {
  const fx = useGateway();
  const lines = async () => (await fx.sql.query('select * from audit_log order by id')).rows;

  it('records a done mutation inside its transaction: subject, role, scope, address, request id, input, target', async () => {
    const before = (await lines()).length;
    const editor = await fx.gw.credential('editor', 'TU');
    const reply = await fx.gw.ask(SET_TARGET, { input: { metric: 'admissions', period: '2024', value: 9000 } }, editor);
    expect(reply.errors).toBeUndefined();
    const added = (await lines()).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      kind: 'mutation',
      operation: 'setTarget',
      role: 'editor',
      scope: 'TU',
      outcome: 'ok',
      input: { input: { metric: 'admissions', period: '2024', value: 9000 } },
    });
    expect(added[0].subject).toMatch(/^key:\d+:/);
    expect(added[0].address).toBeTruthy();
    expect(added[0].request_id).toBeTruthy();
    expect(added[0].target).toMatch(/^Target:\d+$/);
  });

  it('records a refusal with its code, and the refused write is not there', async () => {
    const before = (await lines()).length;
    const editor = await fx.gw.credential('editor', 'TU');
    const reply = await fx.gw.ask(
      SET_TARGET,
      { input: { metric: 'no_such_metric', period: '2024', value: 1 } },
      editor,
    );
    expect(reply.errors?.[0]?.extensions?.code).toBe('UNKNOWN_METRIC');
    const added = (await lines()).slice(before);
    expect(added).toMatchObject([{ operation: 'setTarget', outcome: 'UNKNOWN_METRIC', target: null }]);
  });

  it('keeps personal data out of the recorded input', async () => {
    const [cell] = (await fx.sql.query("select id from organisation where code = 'C-001-01'")).rows;
    const editor = await fx.gw.credential('editor', '*');
    const input = {
      person: { fullName: 'Trần Thị Mai', sex: 'FEMALE', birthYear: 1998, education: 'UNIVERSITY', ethnicity: 'Tày' },
      cellId: toGlobalId('Organisation', cell.id),
      admittedOn: '2022-05-19',
    };
    const reply = await fx.gw.ask(
      `mutation($input: AdmitMemberInput!) { admitMember(input: $input) { id } }`,
      { input },
      editor,
    );
    expect(reply.errors).toBeUndefined();
    const [line] = (await lines()).slice(-1);
    expect(line.input.input.person).toEqual({
      fullName: 'Trần Thị Mai',
      sex: 'female',
      birthYear: '[redacted]',
      education: '[redacted]',
      ethnicity: '[redacted]',
    });
    expect(JSON.stringify(line)).not.toContain('1998');
  });

  it("keeps a person's corrected personal details out of updatePerson's line, naming the person", async () => {
    const [person] = (await fx.sql.query("select id from person where full_name = 'Nguyễn Văn Phong'")).rows;
    const editor = await fx.gw.credential('editor', '*');
    const input = { personId: toGlobalId('Person', person.id), birthYear: 1967, ethnicity: 'Mường' };
    const update = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`;
    const reply = await fx.gw.ask(update, { input }, editor);
    expect(reply.errors).toBeUndefined();
    const [line] = (await lines()).slice(-1);
    expect(line).toMatchObject({ operation: 'updatePerson', outcome: 'ok', target: `Person:${person.id}` });
    expect(line.input.input).toEqual({ personId: input.personId, birthYear: '[redacted]', ethnicity: '[redacted]' });
    expect(JSON.stringify(line)).not.toContain('Mường');
    const viewer = await fx.gw.credential('viewer', '*');
    const refused = await fx.gw.ask(update, { input }, viewer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('cannot be changed or emptied, even by the database owner', async () => {
    await expect(fx.sql.query("update audit_log set outcome = 'ok'")).rejects.toThrow(/append-only/);
    await expect(fx.sql.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(fx.sql.query('truncate audit_log')).rejects.toThrow(/append-only/);
    expect((await lines()).length).toBeGreaterThan(0);
  });

  it('is read by admins, newest first, filtered and paged; by nobody else', async () => {
    const query = `query($first: Int, $after: String, $operation: String) {
      auditLog(first: $first, after: $after, operation: $operation) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id operation outcome subject }
      } }`;
    const admin = await fx.gw.credential('admin', '*');
    const first = await fx.gw.ask(query, { first: 1, operation: 'setTarget' }, admin);
    expect(first.data.auditLog.totalCount).toBe(2);
    expect(first.data.auditLog.nodes).toMatchObject([{ operation: 'setTarget', outcome: 'UNKNOWN_METRIC' }]);
    const next = await fx.gw.ask(
      query,
      { first: 1, operation: 'setTarget', after: first.data.auditLog.pageInfo.endCursor },
      admin,
    );
    expect(next.data.auditLog.nodes).toMatchObject([{ operation: 'setTarget', outcome: 'ok' }]);
    for (const role of ['viewer', 'analyst', 'editor'] as const) {
      const refused = await fx.gw.ask(query, { first: 1 }, await fx.gw.credential(role, '*'));
      expect(refused).toMatchObject({ status: 403, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      expect(refused.data).toBeUndefined();
    }
  });

  it('shows the admin of a subtree only the lines of callers inside it', async () => {
    await fx.gw.ask(
      SET_TARGET,
      { input: { metric: 'admissions', period: '2025', value: 5 } },
      await fx.gw.credential('editor', 'DU-001'),
    );
    const districtAdmin = await fx.gw.credential('admin', 'DU-001');
    const reply = await fx.gw.ask('{ auditLog(first: 50) { totalCount nodes { scope } } }', {}, districtAdmin);
    expect(reply.data.auditLog.totalCount).toBeGreaterThan(0);
    expect(new Set(reply.data.auditLog.nodes.map((n: { scope: string }) => n.scope))).toEqual(new Set(['DU-001']));
  });
});
