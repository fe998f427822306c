import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/relay/global-id.js';
import type { Json } from '../support/gateway.js';
import { useGateway } from './support/use-gateway.js';

interface Statement {
  sql: string;
  bindings: unknown[];
}

interface PlanNode {
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
}

// Pages of what is placed in a subtree (members, membership events) on the scale-1 world, whose
// subtrees range from the whole city to empty bodies: each page must be exact, and cheap.
describe('pages of a subtree read only what they return', () => {
  const fx = useGateway({ world: { scale: 1 } });

  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const reply = await fx.gw.ask(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };

  const orgId = async (code: string) =>
    (await fx.sql.query<{ id: number }>('select id from organisation where code = $1', [code])).rows[0]?.id as number;

  /** The same page by the plainest SQL: every member of the subtree, sorted. */
  const oracle = async (root: number, first: number, offset = 0) =>
    (
      await fx.sql.query<{ id: number }>(
        `select m.id from member m join organisation o on o.id = m.cell_id
          where o.path @> array[$1::int] order by m.admitted_on, m.id limit $2 offset $3`,
        [root, first, offset],
      )
    ).rows.map((r) => toGlobalId('Member', r.id));

  /** The statements one request sends, for EXPLAIN. */
  const statementsOf = async (query: string): Promise<Statement[]> => {
    const seen: Statement[] = [];
    const listen = (s: Statement) => seen.push({ sql: s.sql, bindings: s.bindings });
    const knex = fx.gw.orm.em.getKnex();
    knex.on('query', listen);
    try {
      await ask(query);
    } finally {
      knex.off('query', listen);
    }
    return seen;
  };

  /** Buffers PostgreSQL touches running `s`, from EXPLAIN (ANALYZE, BUFFERS). */
  const buffers = async (s: Statement) => {
    let n = 0;
    const text = s.sql.includes('$1') ? s.sql : s.sql.replace(/\?/g, () => `$${++n}`);
    const { rows } = await fx.sql.query(`explain (analyze, buffers, format json) ${text}`, s.bindings);
    const plan = rows[0]['QUERY PLAN'][0].Plan as PlanNode;
    return plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
  };

  it('pages the members of subtrees of every size exactly, across pages', async () => {
    for (const code of ['TU', 'TU-001', 'UBND-01', 'TU-UBKT']) {
      const root = await orgId(code);
      const q = `query($id: ID!, $after: String) { node(id: $id) { ... on Organisation {
        members(first: 7, after: $after) { pageInfo { endCursor hasNextPage } nodes { id } } } } }`;
      const first = (await ask(q, { id: toGlobalId('Organisation', root) })).node.members;
      expect(first.nodes.map((n: { id: string }) => n.id)).toEqual(await oracle(root, 7));
      if (!first.pageInfo.hasNextPage) continue;
      const next = (await ask(q, { id: toGlobalId('Organisation', root), after: first.pageInfo.endCursor })).node
        .members;
      expect(next.nodes.map((n: { id: string }) => n.id)).toEqual(await oracle(root, 7, 7));
    }
  });

  it('pages a list filtered by `under` the same way', async () => {
    const root = await orgId('TU-001');
    const data = await ask('query($u: ID!) { members(under: $u, first: 5) { nodes { id } } }', {
      u: toGlobalId('Organisation', root),
    });
    expect(data.members.nodes.map((n: { id: string }) => n.id)).toEqual(await oracle(root, 5));
  });

  it('answers the first member of ten descendants of the city touching few pages (was 4.8 million)', async () => {
    const [statement] = (
      await statementsOf(
        '{ organisation(code: "TU") { descendants(first: 10) { nodes { members(first: 1) { nodes { id } } } } } }',
      )
    ).filter((s) => s.sql.includes('member t'));
    expect(statement).toBeDefined();
    expect(await buffers(statement as Statement)).toBeLessThan(5_000);
  });

  it.each([
    ['an empty subtree of 600 bodies', 'UBND-01'],
    ['the whole city', 'TU'],
    ['a district', 'TU-001'],
  ])('answers the first events of %s touching few pages', async (_what, code) => {
    const [statement] = (
      await statementsOf(`{ organisation(code: "${code}") { membershipEvents(first: 20) { nodes { id } } } }`)
    ).filter((s) => s.sql.includes('membership_event t'));
    // Whichever way each is read (in list order, or organisation by organisation), the page costs little.
    expect(await buffers(statement as Statement)).toBeLessThan(10_000);
  });
});
