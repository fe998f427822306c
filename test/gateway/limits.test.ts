import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type Json, type Reply, startGateway, type TestGateway } from '../support/gateway.js';
import { loadFixture } from './support/fixture.js';
import { useGateway } from './support/use-gateway.js';

/** `organisation { parent { parent { ... { name } } } }` with `levels` parents: depth levels + 2. */
const deep = (levels: number) =>
  `{ organisation(code: "C-001-01") { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } }`;

describe('protection limits, refused before any resolver runs', () => {
  const fx = useGateway({
    env: {
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_COST: '20000',
      GRAPHQL_MAX_BODY_BYTES: '4096',
    },
  });

  async function refused(query: string, variables?: Record<string, unknown>) {
    let reply: Reply<Json> | undefined;
    const statements = await fx.gw.statementsDuring(async () => (reply = await fx.gw.ask(query, variables)));
    expect(statements).toBe(0);
    expect(reply?.data).toBeUndefined();
    expect(reply?.status).toBe(400);
    return reply?.errors?.[0];
  }

  it('depth: QUERY_TOO_DEEP past GRAPHQL_MAX_DEPTH', async () => {
    expect((await fx.gw.ask(deep(6))).errors).toBeUndefined();
    const error = await refused(deep(7));
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 8, found: 9 });
    expect(error?.message).toMatch(/depth limit of 8/);
  });

  it('aliases: TOO_MANY_ALIASES past GRAPHQL_MAX_ALIASES', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: organisation(code: "TU") { name }`).join(' ')} }`;
    expect((await fx.gw.ask(aliases(5))).errors).toBeUndefined();
    const error = await refused(aliases(6));
    expect(error?.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 5, found: 6 });
  });

  it('cost: QUERY_TOO_COSTLY when page sizes multiply past GRAPHQL_MAX_COST, variables included', async () => {
    const nested = `query($a: Int, $b: Int) { organisations(first: $a) { nodes { children(first: $b) { nodes { name } } } } }`;
    expect((await fx.gw.ask(nested, { a: 50, b: 100 })).errors).toBeUndefined();
    const error = await refused(nested, { a: 500, b: 500 });
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error?.extensions?.found as number).toBeGreaterThan(250_000);
    expect(error?.message).toMatch(/exceeds the limit of 20000/);
    // The default page (50) counts when `first` is omitted.
    expect(
      (await refused(`{ organisations { nodes { children { nodes { children { nodes { name } } } } } } }`))?.extensions
        ?.code,
    ).toBe('QUERY_TOO_COSTLY');
    // nodes(ids) costs what it asks for.
    const ids = Array.from({ length: 60 }, (_, i) => Buffer.from(`Organisation:${i + 1}`).toString('base64'));
    const many = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation { children(first: 500) { nodes { name } } } } }`;
    expect((await refused(many, { ids }))?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('body size: PAYLOAD_TOO_LARGE past GRAPHQL_MAX_BODY_BYTES', async () => {
    const res = await fx.gw.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: `{ __typename }`, variables: { padding: 'x'.repeat(5000) } },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('a body that is not JSON: BAD_REQUEST in the GraphQL error shape', async () => {
    const res = await fx.gw.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: '{"query": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });
});

describe('errors clients see', () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let dev: TestGateway;
  let open: TestGateway;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadFixture(db.url);
    gw = await startGateway(db.url);
    dev = await startGateway(db.url, { env: { NODE_ENV: 'development' } });
    open = await startGateway(db.url, { env: { GRAPHQL_INTROSPECTION: 'true' } });
    // A broken table makes the next query fail inside PostgreSQL.
    await gw.orm.em.getConnection().execute('alter table index_score rename to index_score_broken');
  });
  afterAll(async () => {
    await Promise.all([gw?.close(), dev?.close(), open?.close()]);
    await db?.drop();
  });

  it('masks internal errors outside development: no SQL, no stack', async () => {
    const reply = await gw.ask(`{ indexScores { nodes { year } } }`);
    expect(reply.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['indexScores'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(reply)).not.toMatch(/index_score|select|stacktrace/i);
  });

  it('shows the real error in development', async () => {
    const reply = await dev.ask(`{ indexScores { nodes { year } } }`);
    expect(reply.errors?.[0]?.message).toMatch(/relation "index_score" does not exist/);
  });

  it('turns domain refusals into code, field and reason', async () => {
    const reply = await gw.ask(`{ members(admittedFrom: "2022-02-01", admittedTo: "2022-01-01") { totalCount } }`);
    expect(reply.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['admittedFrom'],
      reason: 'admittedFrom (2022-02-01) is after the end of the range (2022-01-01)',
    });
  });

  it('keeps introspection off outside development unless configured on', async () => {
    const q = `{ __schema { queryType { name } } }`;
    const off = await gw.ask(q);
    expect(off.status).toBe(400);
    expect(off.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(off.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await open.ask(q)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await dev.ask(q)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('serves queries over GET, refuses mutations over GET', async () => {
    const headers = { 'apollo-require-preflight': 'true' };
    const query = encodeURIComponent(`{ organisation(code: "TU") { name } }`);
    const get = await gw.inject({ method: 'GET', url: `/graphql?query=${query}`, headers });
    expect(get.statusCode).toBe(200);
    expect(get.json().data.organisation.name).toBe('Thành ủy Hà Nội');
    const mutation = encodeURIComponent(`mutation { __typename }`);
    const refused = await gw.inject({ method: 'GET', url: `/graphql?query=${mutation}`, headers });
    expect(refused.statusCode).toBe(405);
  });
});
