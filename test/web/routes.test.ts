import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../gateway/support/fixture.js';
import { startGateway, type TestGateway } from '../support/gateway.js';
import { useDatabase } from '../support/use-database.js';
import { fakeWebBuild } from './support/fake-web-build.js';

describe('the gateway’s web routes', () => {
  const handle = useDatabase();
  let web: Awaited<ReturnType<typeof fakeWebBuild>>;
  let app: TestGateway;

  beforeAll(async () => {
    await loadFixture(handle.db.url);
    web = await fakeWebBuild();
    app = await startGateway(handle.db.url, { webRoot: web.root });
  });

  afterAll(async () => {
    await app?.close();
    await web?.remove();
  });

  const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  describe('pages', () => {
    it('GET / is the dashboard, with a policy that lets nothing load from elsewhere', async () => {
      const res = await app.inject({ method: 'GET', url: '/?metric=admissions&period=2022-H1' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('dashboard page');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['cache-control']).toBe('no-cache');
    });

    it('GET /graphiql, and GET /graphql from a browser, are our GraphiQL, not Apollo’s CDN landing page', async () => {
      for (const url of ['/graphiql', '/graphql']) {
        const res = await app.inject({ method: 'GET', url, headers: { accept: BROWSER_ACCEPT } });
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).toContain('graphiql page');
        expect(res.body, url).not.toMatch(/apollographql|embeddable-sandbox|cdn\./);
      }
    });

    it('GET /graphql from a GraphQL client still runs the query', async () => {
      for (const accept of ['application/json', '*/*', 'application/graphql-response+json, text/html;q=0.5']) {
        const res = await app.inject({
          method: 'GET',
          url: `/graphql?query=${encodeURIComponent('{ organisation(code: "TU") { name } }')}`,
          headers: { accept, 'apollo-require-preflight': 'true' },
        });
        expect(res.statusCode, accept).toBe(200);
        expect(res.json(), accept).toEqual({ data: { organisation: { name: 'Thành ủy Hà Nội' } } });
      }
    });

    it('built assets are served immutable; files outside assets/ are not served', async () => {
      const asset = await app.inject({ method: 'GET', url: '/assets/main-AbC123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      expect((await app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/index.html' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/assets/../index.html' })).statusCode).not.toBe(200);
    });

    it('without a build, the pages say how to make one (503), and GraphQL still answers', async () => {
      const bare = await startGateway(handle.db.url, { webRoot: path.join(web.root, 'nothing-here') });
      try {
        const res = await bare.inject({ method: 'GET', url: '/' });
        expect(res.statusCode).toBe(503);
        expect(res.body).toContain('npm run web:build');
        const gql = await bare.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
        expect(gql.json()).toEqual({ data: { __typename: 'Query' } });
      } finally {
        await bare.close();
      }
    });
  });

  describe('CORS', () => {
    const preflight = (target: TestGateway, origin: string) =>
      target.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

    it('allows no other origin by default', async () => {
      const res = await preflight(app, 'https://elsewhere.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const post = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { origin: 'https://elsewhere.example' },
        payload: { query: '{ __typename }' },
      });
      expect(post.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('allows exactly the origins of CORS_ORIGINS', async () => {
      const cors = await startGateway(handle.db.url, {
        webRoot: web.root,
        env: {
          CORS_ORIGINS: 'https://bao-cao.hanoi.example, http://localhost:5173',
        },
      });
      try {
        const allowed = await preflight(cors, 'https://bao-cao.hanoi.example');
        expect(allowed.statusCode).toBe(204);
        expect(allowed.headers['access-control-allow-origin']).toBe('https://bao-cao.hanoi.example');
        expect(String(allowed.headers['access-control-allow-headers'])).toContain('authorization');
        const post = await cors.inject({
          method: 'POST',
          url: '/graphql',
          headers: { origin: 'http://localhost:5173' },
          payload: { query: '{ __typename }' },
        });
        expect(post.headers['access-control-allow-origin']).toBe('http://localhost:5173');
        for (const origin of [
          'https://evil.example',
          'https://bao-cao.hanoi.example.evil.example',
          'http://localhost:5174',
        ]) {
          expect((await preflight(cors, origin)).headers['access-control-allow-origin'], origin).toBeUndefined();
        }
      } finally {
        await cors.close();
      }
    });
  });
});
