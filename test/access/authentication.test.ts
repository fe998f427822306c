import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { useGateway } from '../gateway/support/use-gateway.js';

const SECRET = 'a development secret of at least thirty-two characters';
const TU = '{ organisation(code: "TU") { name } }';

/** A signed HS256 token with the given claims, valid for an hour unless `exp` says otherwise. */
function token(claims: Record<string, unknown>, secret = SECRET): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime((claims.exp as number | undefined) ?? '1h')
    .sign(new TextEncoder().encode(secret));
}

const bearer = (value: string) => ({ headers: { authorization: `Bearer ${value}` } });

describe('who is calling', () => {
  const fx = useGateway({ env: { AUTH_JWT_SECRET: SECRET, AUTH_CACHE_SECONDS: '0' } });

  it('refuses a request without a credential with 401 UNAUTHENTICATED and no data, before it runs', async () => {
    const reply = await fx.gw.ask(TU, {}, { headers: { authorization: '' } });
    expect(reply.status).toBe(401);
    expect(reply.data).toBeUndefined();
    expect(reply.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await fx.gw.inject({ method: 'POST', url: '/graphql', headers: { authorization: '' }, payload: {} });
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it.each([
    ['a malformed header', 'Basic dXNlcjpwYXNz'],
    ['an unknown key', 'Bearer cgk_thisKeyWasNeverIssuedByThisServer000000000'],
    ['a token signed with another secret', 'OTHER'],
  ])('refuses %s', async (_, header) => {
    const value =
      header === 'OTHER' ? `Bearer ${await token({ sub: 'x', role: 'admin', org: '*' }, 'x'.repeat(40))}` : header;
    const reply = await fx.gw.ask(TU, {}, { headers: { authorization: value } });
    expect(reply.status).toBe(401);
    expect(reply.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps /healthz and /readyz open', async () => {
    for (const url of ['/healthz', '/readyz']) {
      const res = await fx.gw.inject({ method: 'GET', url, headers: { authorization: '' } });
      expect(res.statusCode).toBe(200);
    }
  });

  it('accepts a valid key, and none once it is revoked or expired', async () => {
    const viewer = await fx.gw.credential('viewer', 'TU');
    expect((await fx.gw.ask(TU, {}, viewer)).data).toEqual({ organisation: { name: 'Thành ủy Hà Nội' } });
    const [{ id }] = (await fx.sql.query('select id from api_key order by id desc limit 1')).rows;
    await fx.sql.query('update api_key set revoked_at = now() where id = $1', [id]);
    const revoked = await fx.gw.ask(TU, {}, viewer);
    expect(revoked).toMatchObject({ status: 401, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(revoked.errors?.[0]?.message).toMatch(/revoked/);
    const expiring = await fx.gw.credential('viewer', 'TU');
    await fx.sql.query(
      "update api_key set expires_at = now() - interval '1 second' where id = (select max(id) from api_key)",
    );
    expect((await fx.gw.ask(TU, {}, expiring)).errors?.[0]?.message).toMatch(/expired/);
  });

  it('stores keys only as hashes and records when they were last used', async () => {
    const headers = await fx.gw.credential('analyst', '*');
    const key = headers.headers.authorization.replace('Bearer ', '');
    await fx.gw.ask(TU, {}, headers);
    const { rows } = await fx.sql.query('select * from api_key where last_used_at is not null');
    expect(rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify((await fx.sql.query('select * from api_key')).rows);
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(key.slice(12));
  });

  it('accepts a token with subject, role and scope claims, and records its subject as the author', async () => {
    const jwt = await token({ sub: 'nguyen.van.a@hanoi.gov.vn', role: 'editor', org: 'TU' });
    const reply = await fx.gw.ask(
      `mutation { setTarget(input: { metric: "admissions", period: "2023", value: 10 }) { createdBy } }`,
      {},
      { headers: { authorization: `Bearer ${jwt}`, 'x-civicgraph-user': 'someone-else' } },
    );
    expect(reply.data).toEqual({ setTarget: { createdBy: 'nguyen.van.a@hanoi.gov.vn' } });
  });

  it.each([
    ['an expired token', { sub: 'a', role: 'admin', org: '*', exp: Math.floor(Date.now() / 1000) - 60 }],
    ['a token without a subject', { role: 'admin', org: '*' }],
    ['a token with an unknown role', { sub: 'a', role: 'superuser', org: '*' }],
    ['a token without a scope', { sub: 'a', role: 'admin' }],
    ['a token whose scope names no organisation', { sub: 'a', role: 'admin', org: 'NOPE' }],
    ['a token posing as a key', { sub: 'key:1:admin', role: 'admin', org: '*' }],
  ])('refuses %s', async (_, claims) => {
    const reply = await fx.gw.ask(TU, {}, bearer(await token(claims)));
    expect(reply).toMatchObject({ status: 401, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});

describe('tokens of an identity provider, verified against its JWKS', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'civicgraph-jwks-'));
  const file = path.join(dir, 'jwks.json');
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(file, JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256' }] }));
  const sign = (claims: Record<string, unknown>, audience = 'civicgraph') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer('https://sso.hanoi.example')
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(privateKey);
  const fx = useGateway({
    env: {
      AUTH_JWKS_FILE: file,
      AUTH_JWT_ISSUER: 'https://sso.hanoi.example',
      AUTH_JWT_AUDIENCE: 'civicgraph',
      // As Keycloak gives them: a list of realm roles.
      AUTH_JWT_ROLE_CLAIM: 'realm_access.roles',
    },
  });

  it('accepts a token the provider signed, with the most trusted known role of its list', async () => {
    const jwt = await sign({ sub: 'u1', realm_access: { roles: ['offline_access', 'viewer', 'analyst'] }, org: 'TU' });
    const compare = '{ compare(metric: "admissions", period: "2022-H1") { value } }';
    // Past the role check, the question reaches the resolver: this test gateway runs no analytics engine.
    const analyst = await fx.gw.ask(compare, {}, bearer(jwt));
    expect(analyst.errors?.[0]?.extensions?.code).toBe('ANALYTICS_UNAVAILABLE');
    const viewer = await sign({ sub: 'u2', realm_access: { roles: ['offline_access', 'viewer'] }, org: 'TU' });
    expect((await fx.gw.ask(compare, {}, bearer(viewer))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses one for another audience, and one signed with a shared secret', async () => {
    const claims = { sub: 'u1', realm_access: { roles: ['viewer'] }, org: 'TU' };
    expect((await fx.gw.ask(TU, {}, bearer(await sign(claims, 'another-app')))).status).toBe(401);
    expect((await fx.gw.ask(TU, {}, bearer(await token(claims)))).status).toBe(401);
  });
});
