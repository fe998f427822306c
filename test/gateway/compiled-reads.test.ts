import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { Metrics } from '../../services/gateway/metrics.js';
import { type Credential, startGateway, type TestGateway } from '../support/gateway.js';
import { useGateway } from './support/use-gateway.js';

/** Reads of the organisation tree that COMPILED_READS answers with one statement. */
const COMPILED: [string, string, Record<string, unknown>?][] = [
  ['the 500-row page', '{ organisations(first: 500) { nodes { id code name kind } } }'],
  [
    'city → districts → children with totalCount',
    '{ organisation(code: "TU") { children(kind: [DISTRICT_COMMITTEE], first: 30) { nodes { id name children(first: 20) { totalCount nodes { id name kind } } } } } }',
  ],
  [
    'every plain field, aliases, __typename',
    `{ a: organisation(code: "DU-001") { __typename id code name kind kindLabel branch hostSector foundedOn dissolvedOn depth
       label: kindLabel } __typename }`,
  ],
  [
    'filters, orders and page info',
    `{ organisations(kind: [GRASSROOTS_COMMITTEE, CELL], branch: [PARTY], foundedFrom: "1950-01-01", activeOn: "2022-07-13",
         orderBy: { field: CODE, direction: DESC }, first: 7) {
       totalCount pageInfo { hasNextPage hasPreviousPage __typename } edges { __typename node { code depth } } } }`,
  ],
  ['search, best match first', '{ organisations(search: "ba dinh", first: 5) { totalCount nodes { name depth } } }'],
  [
    'a subtree by `under`, descendants by depth, parents',
    `query ($under: ID!, $n: Int = 4) {
       organisations(under: $under, first: $n) { nodes { code parent { code parent { code } } } }
       organisation(code: "TU") { descendants(depth: 2, first: 6, orderBy: { field: FOUNDED_ON }) { totalCount nodes { code } } }
     }`,
    { under: toGlobalId('Organisation', 2) },
  ],
  [
    'fragments, named and inline',
    `query { organisation(code: "DU-002") { ...Row children(first: 3) { nodes { ...Row ... on Organisation { kind } } } } }
     fragment Row on Organisation { code name }`,
  ],
  [
    'a people search, best match first',
    '{ people(search: "bi thu du", first: 5) { totalCount nodes { __typename id code name sex } } }',
  ],
  [
    'people by birth year',
    '{ people(first: 7, orderBy: { field: BIRTH_YEAR, direction: DESC }) { edges { node { name } } } }',
  ],
  [
    'the tree with heads and member counts on a day',
    `query ($day: Date = "2022-07-13") { organisation(code: "TU") { id name head(asOf: $day) { title person { name } }
       children(kind: [DISTRICT_COMMITTEE], first: 30) { totalCount nodes { id name children(kind: [GRASSROOTS_COMMITTEE,
       GRASSROOTS_CELL], first: 20) { totalCount nodes { id name head(asOf: $day) { __typename id title role roleLabel from to
       person { id name sex sexLabel } } memberCount(asOf: $day) } } } } } }`,
  ],
  [
    'heads and members today',
    '{ organisation(code: "DU-002") { head { title } memberCount children(first: 3) { nodes { memberCount } } } }',
  ],
  [
    'empty pages and what matches nothing',
    `{ none: organisation(code: "NONE") { code } organisation(code: "C-001-01") { children(first: 5) { totalCount
       pageInfo { hasNextPage } nodes { code } } } zero: organisations(first: 0) { totalCount nodes { code } } }`,
  ],
];

/** Reads it leaves to the resolvers: what the compiler does not know, and what they refuse. */
const NOT_COMPILED: [string, string, Record<string, unknown>?][] = [
  ['cursors', '{ organisations(first: 3) { edges { cursor node { code } } pageInfo { endCursor } } }'],
  ['a field with its own resolver', '{ organisation(code: "DU-001") { code ancestors { code } } }'],
  ['a directive', '{ organisation(code: "TU") { code @include(if: true) } }'],
  ['a page too large', '{ organisations(first: 501) { nodes { code } } }'],
  ['both id and code', '{ organisation(code: "TU", id: "x") { code } }'],
  ['a malformed id', '{ organisation(id: "not-an-id") { code } }'],
  ['a reversed date range', '{ organisations(foundedFrom: "2020-01-01", foundedTo: "2010-01-01") { nodes { code } } }'],
  ['a cursor that is not one', '{ organisations(first: 2, after: "nope") { nodes { code } } }'],
];

describe('compiled reads (COMPILED_READS)', () => {
  const metrics = new Metrics();
  const fx = useGateway({ metrics });
  let resolvers: TestGateway;
  let callers: [string, Credential | undefined][];

  beforeAll(async () => {
    resolvers = await startGateway(fx.db.url, { env: { COMPILED_READS: 'false' } });
    callers = [
      ['admin', undefined],
      ['a district viewer', await fx.gw.credential('viewer', 'DU-001')],
    ];
    return () => resolvers.close();
  });

  const compiledCount = async () =>
    (await metrics.registry.getSingleMetric('civicgraph_graphql_compiled_reads_total')?.get())?.values[0]?.value ?? 0;

  /** The raw body both gateways give, for a caller; the compiled one counted and its statements. */
  async function both(query: string, variables: Record<string, unknown> | undefined, credential?: Credential) {
    const request = (gw: TestGateway) =>
      gw.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...credential?.headers },
        payload: { query, variables },
      });
    await request(fx.gw); // the credential is looked up once, then cached
    const before = await compiledCount();
    let compiled: Awaited<ReturnType<typeof request>> | undefined;
    const statements = await fx.gw.statementsDuring(async () => (compiled = await request(fx.gw)));
    const expected = await request(resolvers);
    return {
      compiled: compiled as NonNullable<typeof compiled>,
      expected,
      statements,
      counted: (await compiledCount()) - before,
    };
  }

  it.each(COMPILED)('answers %s in one statement, byte for byte as the resolvers do', async (_, query, variables) => {
    for (const [, credential] of callers) {
      const { compiled, expected, statements, counted } = await both(query, variables, credential);
      expect(JSON.parse(expected.body).errors).toBeUndefined();
      expect(compiled.body).toBe(expected.body);
      expect(compiled.statusCode).toBe(expected.statusCode);
      expect(counted).toBe(1);
      expect(statements).toBe(1);
    }
  });

  it.each(NOT_COMPILED)('leaves %s to the resolvers, with the same answer', async (_, query, variables) => {
    for (const [, credential] of callers) {
      const { compiled, expected, counted } = await both(query, variables, credential);
      expect(compiled.body).toBe(expected.body);
      expect(counted).toBe(0);
    }
  });

  it('answers personal data to those who may read it', async () => {
    const query = '{ people(search: "dang vien", first: 4) { nodes { name birthYear ethnicity education } } }';
    const { compiled, expected, counted } = await both(query, undefined);
    expect(JSON.parse(compiled.body).data.people.nodes).toHaveLength(4);
    expect(compiled.body).toBe(expected.body);
    expect(counted).toBe(1);
    const [, viewer] = callers[1] as [string, Credential];
    const refused = await both(query, undefined, viewer);
    expect(JSON.parse(refused.compiled.body).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.compiled.body).toBe(refused.expected.body);
    expect(refused.counted).toBe(0);
  });

  it('reads only the columns the answer needs', async () => {
    const seen: string[] = [];
    const listener = (q: { sql: string }) => seen.push(q.sql);
    fx.gw.orm.em.getKnex().on('query', listener);
    await fx.gw.ask('{ organisations(first: 40) { nodes { id code depth children(first: 2) { nodes { name } } } } }');
    fx.gw.orm.em.getKnex().off('query', listener);
    const [statement] = seen.filter((q) => !q.includes('api_key'));
    expect(statement).toContain('t."code"');
    expect(statement).not.toContain('t.*');
    expect(statement).not.toContain('path');
  });

  it('shows a district viewer only its own subtree', async () => {
    const [, viewer] = callers[1] as [string, Credential];
    const { compiled } = await both('{ organisations(first: 500) { totalCount nodes { code } } }', undefined, viewer);
    const { totalCount, nodes } = JSON.parse(compiled.body).data.organisations;
    expect(nodes.length).toBe(totalCount);
    expect(nodes.length).toBeGreaterThan(40);
    expect(nodes.every((n: { code: string }) => /^(DU|G|C)-001/.test(n.code))).toBe(true);
  });
});
