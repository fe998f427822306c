import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../services/config.js';
import { loadTrustedDocuments } from '../../services/gateway/trusted-documents.js';
import { loadFixture } from '../gateway/support/fixture.js';
import { startGateway, type TestGateway } from '../support/gateway.js';
import { useDatabase } from '../support/use-database.js';
import { fakeWebBuild } from './support/fake-web-build.js';

const MANIFEST = path.resolve(import.meta.dirname, '../../web/src/gql/persisted-documents.json');
const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** The dashboard's own operation that finds an organisation by code. */
const [scopeHash, scopeQuery] = Object.entries(manifest).find(([, q]) =>
  q.startsWith('query DashboardScopeByCode'),
) as [string, string];
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const SET_TARGET = 'mutation { setTarget(input: { metric: "admissions", period: "2023", value: 1 }) { id } }';

describe('persisted queries and trusted documents', () => {
  const handle = useDatabase();
  let web: Awaited<ReturnType<typeof fakeWebBuild>>;

  beforeAll(async () => {
    await loadFixture(handle.db.url);
    web = await fakeWebBuild();
  });

  afterAll(async () => {
    await web?.remove();
  });

  function getUrl(params: Record<string, unknown>): string {
    const search = new URLSearchParams(
      Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
    return `/graphql?${search}`;
  }

  describe('automatic persisted queries (any deployment)', () => {
    let app: TestGateway;
    beforeAll(async () => {
      app = await startGateway(handle.db.url, { webRoot: web.root });
    });
    afterAll(() => app?.close());

    it('a hash alone over GET is unknown until the document has been sent once, then answers by hash', async () => {
      const url = getUrl({ variables: { code: 'TU' }, extensions: persisted(scopeHash) });
      const headers = { 'apollo-require-preflight': 'true' };
      const before = await app.inject({ method: 'GET', url, headers });
      expect(before.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const register = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: scopeQuery, variables: { code: 'TU' }, extensions: persisted(scopeHash) },
      });
      expect(register.json().data.organisation.name).toBe('Thành ủy Hà Nội');
      const after = await app.inject({ method: 'GET', url, headers });
      expect(after.statusCode).toBe(200);
      expect(after.json().data.organisation).toMatchObject({ code: 'TU', name: 'Thành ủy Hà Nội' });
    });

    it('GRAPHQL_GET_MAX_AGE lets browsers keep successful GET answers, privately, per credential', async () => {
      const caching = await startGateway(handle.db.url, { webRoot: web.root, env: { GRAPHQL_GET_MAX_AGE: '60' } });
      try {
        const headers = { 'apollo-require-preflight': 'true' };
        const ok = await caching.inject({ method: 'GET', url: getUrl({ query: '{ __typename }' }), headers });
        expect(ok.json()).toEqual({ data: { __typename: 'Query' } });
        expect(ok.headers['cache-control']).toBe('private, max-age=60');
        expect(String(ok.headers.vary)).toContain('authorization');
        const failed = await caching.inject({ method: 'GET', url: getUrl({ query: '{ nope }' }), headers });
        expect(failed.headers['cache-control']).toBeUndefined();
        const post = await caching.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
        expect(post.headers['cache-control']).toBeUndefined();
        // Off by default.
        const plain = await app.inject({ method: 'GET', url: getUrl({ query: '{ __typename }' }), headers });
        expect(plain.headers['cache-control']).toBeUndefined();
      } finally {
        await caching.close();
      }
    });

    it('without a manifest any valid operation runs', async () => {
      const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
      expect(res.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('trusted documents (GRAPHQL_TRUSTED_DOCUMENTS)', () => {
    let app: TestGateway;
    beforeAll(async () => {
      app = await startGateway(handle.db.url, { webRoot: web.root, env: { GRAPHQL_TRUSTED_DOCUMENTS: MANIFEST } });
    });
    afterAll(() => app?.close());

    const refused = (res: {
      statusCode: number;
      json(): { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    }) => {
      expect(res.statusCode).toBe(400);
      expect(res.json().data).toBeUndefined();
      expect(res.json().errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
    };

    it('runs a registered document sent as its exact text', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: scopeQuery, variables: { code: 'DU-001' } },
      });
      expect(res.json()).toMatchObject({ data: { organisation: { code: 'DU-001', name: 'Quận ủy Ba Đình' } } });
    });

    it('runs a registered document sent by hash alone, over POST at once', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { variables: { code: 'DU-002' }, extensions: persisted(scopeHash) },
      });
      expect(res.json()).toMatchObject({ data: { organisation: { code: 'DU-002' } } });
    });

    it('refuses anything else with OPERATION_NOT_ALLOWED before it runs, and writes nothing', async () => {
      const targets = async () => (await handle.sql.query('select count(*)::int as n from target')).rows[0].n;
      const before = await targets();
      refused(await app.inject({ method: 'POST', url: '/graphql', payload: { query: SET_TARGET } }));
      refused(await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } }));
      // The same operation with other whitespace is another document.
      refused(await app.inject({ method: 'POST', url: '/graphql', payload: { query: `${scopeQuery} ` } }));
      refused(
        await app.inject({
          method: 'POST',
          url: '/graphql',
          payload: { query: SET_TARGET, extensions: persisted(scopeHash) },
        }),
      );
      refused(
        await app.inject({ method: 'POST', url: '/graphql', payload: { extensions: persisted(sha256(SET_TARGET)) } }),
      );
      refused(
        await app.inject({
          method: 'GET',
          url: getUrl({ query: '{ __typename }' }),
          headers: { 'apollo-require-preflight': 'true' },
        }),
      );
      refused(await app.inject({ method: 'POST', url: '/graphql', payload: [{ query: scopeQuery }] }));
      refused(await app.inject({ method: 'POST', url: '/graphql', payload: {} }));
      expect(await targets()).toBe(before);
    });

    it('leaves the pages and health checks alone', async () => {
      expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    });
  });

  describe('configuration', () => {
    it('a manifest whose hash does not match its document, or that is not a manifest, stops start-up', async () => {
      const bad = path.join(web.root, 'bad.json');
      await writeFile(bad, JSON.stringify({ [sha256('{ a }')]: '{ b }' }));
      await expect(loadTrustedDocuments([bad])).rejects.toThrow(/not the sha256 of its document/);
      await writeFile(bad, '["{ a }"]');
      await expect(loadTrustedDocuments([bad])).rejects.toThrow(ConfigError);
      await expect(loadTrustedDocuments([path.join(web.root, 'missing.json')])).rejects.toThrow(/cannot read/);
    });

    it('several manifests add up', async () => {
      const other = path.join(web.root, 'other.json');
      await writeFile(other, JSON.stringify({ [sha256('{ __typename }')]: '{ __typename }' }));
      const documents = await loadTrustedDocuments([MANIFEST, other]);
      expect(documents.size).toBe(Object.keys(manifest).length + 1);
    });

    it('CORS_ORIGINS takes origins only, comma-separated', () => {
      expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).CORS_ORIGINS).toEqual([
        'https://a.example',
        'http://localhost:5173',
      ]);
      expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
      for (const bad of ['https://a.example/path', 'a.example', '*']) {
        expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
      }
    });
  });
});
