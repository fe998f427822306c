import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../schema/relay/cursor.js';
import type { Json, Reply } from '../support/gateway.js';
import { useGateway } from './support/use-gateway.js';

/** The README's tree query, written with two fragments: depth 8 counted by its fields (12 when each spread counted). */
const TREE_WITH_FRAGMENTS = `query Tree($day: Date = "2022-07-13") {
  organisation(code: "TU") {
    id name kindLabel
    head(asOf: $day) { ...Head }
    children(kind: [DISTRICT_COMMITTEE], first: 30) {
      totalCount
      nodes { id name children(kind: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL], first: 20) { ...Grassroots } }
    }
  }
}
fragment Head on Position { title person { name } }
fragment Grassroots on OrganisationConnection {
  totalCount
  pageInfo { hasNextPage endCursor }
  nodes { id name kindLabel head(asOf: $day) { ...Head } memberCount(asOf: $day) }
}`;

describe('requests refused before they cost anything', () => {
  const fx = useGateway({
    env: { GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_DIRECTIVES: '4', GRAPHQL_MAX_TOKENS: '400' },
  });

  async function refused(query: string, variables?: Record<string, unknown>, operationName?: string) {
    let status = 0;
    let body: Json;
    const statements = await fx.gw.statementsDuring(async () => {
      const res = await fx.gw.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query, variables, operationName },
      });
      status = res.statusCode;
      body = res.json();
    });
    expect(statements).toBe(0);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    return body.errors[0];
  }

  it('counts aliased __typename against the alias limit', async () => {
    const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect((await fx.gw.ask(typenames(5))).errors).toBeUndefined();
    expect((await refused(typenames(6))).extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 5, found: 6 });
  });

  it('refuses a document of more tokens than GRAPHQL_MAX_TOKENS before parsing it whole', async () => {
    const error = await refused(`{ ${'__typename '.repeat(500)}}`);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_TOKENS', limit: 400 });
  });

  it('limits directives', async () => {
    const fields = (n: number) => `{ organisation(code: "TU") { ${'name @skip(if: false) '.repeat(n)}} }`;
    expect((await fx.gw.ask(fields(4))).errors).toBeUndefined();
    expect((await refused(fields(5))).extensions).toMatchObject({ code: 'TOO_MANY_DIRECTIVES', limit: 4, found: 5 });
  });

  it('answers an unknown operationName as a client error', async () => {
    const error = await refused('{ __typename }', undefined, 'Missing');
    expect(error.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect((await refused('query A { __typename }', undefined, 'B')).extensions.code).toBe(
      'OPERATION_RESOLUTION_FAILURE',
    );
  });

  it('keeps the Did-you-mean suggestions to itself when introspection is off', async () => {
    const error = await refused('{ organisation(code: "TU") { nam } }');
    expect(error.message).toBe('Cannot query field "nam" on type "Organisation".');
  });
});

describe('depth is counted through fragments by the fields they hold', () => {
  const fx = useGateway({ env: { GRAPHQL_MAX_DEPTH: '8' } });

  it("passes the README's tree written with two fragments at its real depth (8)", async () => {
    const reply = await fx.gw.ask(TREE_WITH_FRAGMENTS);
    expect(reply.errors).toBeUndefined();
    expect(reply.data.organisation.children.nodes.length).toBeGreaterThan(0);
  });

  it('still refuses what is deeper than the limit, fragments or not', async () => {
    const deeper = TREE_WITH_FRAGMENTS.replace('title person { name }', 'title person { name positions { title } }');
    const reply = await fx.gw.ask(deeper);
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 8, found: 9 });
  });
});

describe('input that would reach PostgreSQL badly', () => {
  const fx = useGateway();
  const PEOPLE = 'query($q: String) { people(search: $q, first: 5) { nodes { name } } }';

  it.each([
    ['a variable', PEOPLE, { q: 'Nguy\u0000en' }, ['q']],
    ['a literal', '{ people(search: "Nguy\\u0000en") { nodes { name } } }', undefined, ['search']],
    ['a code', '{ organisation(code: "TU\\u0000") { name } }', undefined, ['code']],
  ])('refuses a NUL character in %s with BAD_USER_INPUT and its path', async (_what, query, variables, field) => {
    const reply = await fx.gw.ask(query, variables);
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers variables nested a hundred thousand deep as bad input, not a crash', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const res = await fx.gw.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: `{"query": "query($x: [ID!]!) { nodes(ids: $x) { id } }", "variables": {"x": ${deep}}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a NUL character in a mutation input and writes nothing', async () => {
    const before = await fx.sql.query('select count(*)::int as n from organisation');
    const reply = await fx.gw.ask(
      'mutation($input: FoundOrganisationInput!) { foundOrganisation(input: $input) { id } }',
      { input: { code: 'SO-X', name: 'Sở\u0000Nội vụ', kind: 'DEPARTMENT', branch: 'STATE', foundedOn: '1996-01-01' } },
    );
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'name'] });
    expect((await fx.sql.query('select count(*)::int as n from organisation')).rows).toEqual(before.rows);
  });

  it.each(['a', 'ab', '%', '_', '__', '😀', 'a b'])('refuses the search "%s" the index cannot serve', async (q) => {
    const statements = await fx.gw.statementsDuring(async () => {
      const reply = await fx.gw.ask(PEOPLE, { q });
      expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'SEARCH_TOO_SHORT', field: ['search'] });
    });
    expect(statements).toBe(0);
  });

  it('refuses a search of thousands of words', async () => {
    const reply = await fx.gw.ask(PEOPLE, { q: 'nguyen '.repeat(20_000) });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'SEARCH_TOO_LONG', field: ['search'] });
  });

  it('answers a short word beside a longer one', async () => {
    const reply = await fx.gw.ask(PEOPLE, { q: 'Lê Văn' });
    expect(reply.errors).toBeUndefined();
  });
});

describe('errors do not echo large inputs', () => {
  const fx = useGateway();

  async function size(query: string, variables: Record<string, unknown>): Promise<Reply<Json> & { bytes: number }> {
    const res = await fx.gw.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
    return { ...res.json(), status: res.statusCode, bytes: res.body.length };
  }

  it('a 500 KB cursor comes back clipped', async () => {
    const after = 'x'.repeat(500_000);
    const reply = await size('query($a: String) { organisations(first: 1, after: $a) { nodes { name } } }', {
      a: after,
    });
    expect(reply.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
    expect(reply.bytes).toBeLessThan(2_000);
  });

  it('a cursor of another ordering is still refused with its code', async () => {
    const after = encodeCursor({ order: 'name:asc', values: ['x'.repeat(100_000), 1] });
    const reply = await size(
      'query($a: String) { organisations(first: 1, after: $a, orderBy: { field: CODE }) { nodes { name } } }',
      {
        a: after,
      },
    );
    expect(reply.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
    expect(reply.bytes).toBeLessThan(2_000);
  });

  it('a cursor holding a NUL character is refused as a cursor', async () => {
    const after = encodeCursor({ order: 'name:asc', values: ['a\u0000b', 1] });
    const reply = await size('query($a: String) { organisations(first: 1, after: $a) { nodes { name } } }', {
      a: after,
    });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CURSOR', field: ['after'] });
  });

  it('a 100 KB value of the wrong type comes back clipped', async () => {
    const reply = await size('query($d: Date) { organisation(code: "TU") { memberCount(asOf: $d) } }', {
      d: '2'.repeat(100_000),
    });
    expect(reply.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reply.bytes).toBeLessThan(2_000);
  });
});
