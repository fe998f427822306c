import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGateway } from '../gateway/support/use-gateway.js';

const root = path.resolve(import.meta.dirname, '../..');

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id name role scope keyPrefix expiresAt revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(input: { keyId: $id }) { id revokedAt revokedBy } }`;
const TU = '{ organisation(code: "TU") { name } }';

describe('API keys through GraphQL', () => {
  const fx = useGateway({ env: { AUTH_CACHE_SECONDS: '0' } });

  it('creates a key shown once, which works at once with its role and scope, and revokes it', async () => {
    const admin = await fx.gw.credential('admin', '*');
    const created = await fx.gw.ask(
      CREATE,
      { input: { name: 'Xuất báo cáo tháng', role: 'VIEWER', scope: 'DU-001' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data.createApiKey;
    expect(apiKey).toMatchObject({ name: 'Xuất báo cáo tháng', role: 'VIEWER', scope: 'DU-001', revokedAt: null });
    expect(key.startsWith(apiKey.keyPrefix)).toBe(true);
    const asKey = { headers: { authorization: `Bearer ${key}` } };
    expect((await fx.gw.ask(TU, {}, asKey)).data).toEqual({ organisation: null });
    expect((await fx.gw.ask('{ organisation(code: "DU-001") { name } }', {}, asKey)).data.organisation.name).toMatch(
      /Ba Đình/,
    );
    const listed = await fx.gw.ask('{ apiKeys(first: 50) { nodes { id name } } }', {}, admin);
    expect(JSON.stringify(listed.data)).not.toContain(key);
    expect(listed.data.apiKeys.nodes).toContainEqual({ id: apiKey.id, name: 'Xuất báo cáo tháng' });
    const revoked = await fx.gw.ask(REVOKE, { id: apiKey.id }, admin);
    expect(revoked.data.revokeApiKey.revokedAt).not.toBeNull();
    expect((await fx.gw.ask(TU, {}, asKey)).status).toBe(401);
    const again = await fx.gw.ask(REVOKE, { id: apiKey.id }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'KEY_REVOKED', field: ['input', 'keyId'] });
  });

  it('refuses an admin a key wider than their own scope, and keys outside it', async () => {
    const districtAdmin = await fx.gw.credential('admin', 'DU-001');
    for (const scope of ['*', 'TU', 'DU-002']) {
      const reply = await fx.gw.ask(CREATE, { input: { name: 'x', role: 'VIEWER', scope } }, districtAdmin);
      expect(reply.errors?.[0]?.extensions, scope).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'scope'] });
    }
    const inside = await fx.gw.ask(
      CREATE,
      { input: { name: 'cell', role: 'EDITOR', scope: 'G-001-01' } },
      districtAdmin,
    );
    expect(inside.errors).toBeUndefined();
    const wide = await fx.gw.ask(
      CREATE,
      { input: { name: 'w', role: 'VIEWER', scope: 'DU-002' } },
      await fx.gw.credential('admin', '*'),
    );
    const hidden = await fx.gw.ask(REVOKE, { id: wide.data.createApiKey.apiKey.id }, districtAdmin);
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'keyId'] });
    const listed = await fx.gw.ask('{ apiKeys(first: 100) { nodes { scope } } }', {}, districtAdmin);
    expect(new Set(listed.data.apiKeys.nodes.map((n: { scope: string }) => n.scope))).toEqual(
      new Set(['DU-001', 'G-001-01']),
    );
  });

  it('refuses bad input with a code and a field, and a past expiry', async () => {
    const admin = await fx.gw.credential('admin', '*');
    const cases: [Record<string, unknown>, string, (string | number)[]][] = [
      [{ name: ' ', role: 'VIEWER', scope: 'TU' }, 'BAD_USER_INPUT', ['input', 'name']],
      [{ name: 'x', role: 'VIEWER', scope: 'NOPE' }, 'NOT_FOUND', ['input', 'scope']],
      [
        { name: 'x', role: 'VIEWER', scope: 'TU', expiresAt: '2020-01-01T00:00:00Z' },
        'BAD_USER_INPUT',
        ['input', 'expiresAt'],
      ],
    ];
    for (const [input, code, field] of cases) {
      const reply = await fx.gw.ask(CREATE, { input }, admin);
      expect(reply.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
  });

  it('is for admins only', async () => {
    for (const role of ['viewer', 'analyst', 'editor'] as const) {
      const reply = await fx.gw.ask(
        CREATE,
        { input: { name: 'x', role: 'ADMIN', scope: '*' } },
        await fx.gw.credential(role, '*'),
      );
      expect(reply).toMatchObject({ status: 403, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    }
  });
});

describe('npm run key', () => {
  const fx = useGateway();
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/key.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: fx.db.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });

  it('creates a key printed alone on the last line, lists it without its secret, and revokes it', async () => {
    const created = run('create', '--role', 'analyst', '--scope', 'DU-002', '--expires', '30d', '--name', 'Văn phòng');
    expect(created.status, created.stderr).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1) as string;
    expect(key).toMatch(/^cgk_[A-Za-z0-9_-]{43}$/);
    const asKey = { headers: { authorization: `Bearer ${key}` } };
    expect(
      (await fx.gw.ask('{ organisations(first: 1) { totalCount } }', {}, asKey)).data.organisations.totalCount,
    ).toBe(
      Number(
        (
          await fx.sql.query(
            "select count(*) from organisation where path @> array[(select id from organisation where code = 'DU-002')]",
          )
        ).rows[0].count,
      ),
    );
    const [{ id, expires_at }] = (await fx.sql.query("select id, expires_at from api_key where name = 'Văn phòng'"))
      .rows;
    expect(new Date(expires_at).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const listed = run('list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\tanalyst\\tDU-002\\t`, 'm'));
    expect(listed.stdout).not.toContain(key);
    expect(run('revoke', String(id)).status).toBe(0);
    const [{ revoked_at }] = (await fx.sql.query('select revoked_at from api_key where id = $1', [id])).rows;
    expect(revoked_at).not.toBeNull();
    const audit = (await fx.sql.query("select operation, outcome, kind from audit_log where kind = 'key' order by id"))
      .rows;
    expect(audit).toEqual([
      { operation: 'createApiKey', outcome: 'ok', kind: 'key' },
      { operation: 'revokeApiKey', outcome: 'ok', kind: 'key' },
    ]);
  });

  it.each([
    [['create', '--role', 'root', '--scope', 'TU'], /--role must be one of/],
    [['create', '--role', 'viewer'], /needs --scope/],
    [['create', '--role', 'viewer', '--scope', 'TU', '--expires', 'soon'], /--expires/],
    [['revoke', 'abc'], /numeric id/],
    [['rotate'], /unknown or malformed command/],
  ])('answers bad usage %j with exit code 2 and the usage', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: npm run key/);
  });

  it('fails with exit code 1 and the refusal for a scope that names nothing', () => {
    const result = run('create', '--role', 'viewer', '--scope', 'NOPE');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/NOT_FOUND/);
  });
});
