import { describe, expect, it } from 'vitest';
import type { Json, Reply } from '../support/gateway.js';
import { useGateway } from './support/use-gateway.js';

const PAGE = `query Page($first: Int, $after: String, $orderBy: OrganisationOrder, $search: String) {
  organisations(first: $first, after: $after, orderBy: $orderBy, search: $search) {
    totalCount
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface PageOf {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

describe('keyset pagination', () => {
  const fx = useGateway();

  async function page(vars: Record<string, unknown>): Promise<PageOf> {
    const reply = await fx.gw.ask<{ organisations: PageOf }>(PAGE, vars);
    expect(reply.errors).toBeUndefined();
    return reply.data?.organisations as PageOf;
  }

  async function walk(vars: Record<string, unknown>, between?: (n: number) => Promise<void>) {
    const names: string[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    for (let n = 0; ; n++) {
      const p: PageOf = await page({ ...vars, after });
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      names.push(...p.edges.map((e) => e.node.name));
      ids.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) return { names, ids, total: p.totalCount };
      after = p.pageInfo.endCursor;
      await between?.(n);
    }
  }

  it('returns every row exactly once across pages, in order, in both directions', async () => {
    const { rows } = await fx.sql.query<{ n: number }>('select count(*)::int as n from organisation');
    const n = rows[0]?.n as number;
    for (const direction of ['ASC', 'DESC']) {
      const { ids, names, total } = await walk({ first: 17, orderBy: { field: 'NAME', direction } });
      expect(total).toBe(n);
      expect(ids).toHaveLength(n);
      expect(new Set(ids).size).toBe(n);
      const sorted = (await fx.sql.query(`select name from organisation order by name ${direction}, id ${direction}`))
        .rows;
      expect(names).toEqual(sorted.map((r) => r.name));
    }
  });

  it('stays exact when rows are inserted between two pages', async () => {
    const before = await walk({ first: 500, orderBy: { field: 'CODE' } });
    const late: string[] = [];
    const { ids, names } = await walk({ first: 25, orderBy: { field: 'NAME' } }, async (n) => {
      // Each time, one row sorting before everything (so behind the cursor) and one after everything.
      const { rows } = await fx.sql.query(
        `insert into organisation (code, name, kind, branch, parent_id, founded_on)
         select v.code, v.name, 'cell', 'party', (select id from organisation where code = 'G-001-01'), '2024-01-01'
         from (values ($1, '0 chèn sớm ' || $3::text), ($2, (select max(name) from organisation) || ' chèn muộn')) v(code, name)
         returning name`,
        [`X-E${n}`, `X-L${n}`, n],
      );
      late.push(rows[1].name);
    });
    expect(new Set(ids).size).toBe(ids.length);
    // Every row that existed before the walk is seen exactly once...
    for (const id of before.ids) expect(ids.filter((i) => i === id)).toHaveLength(1);
    // ...rows inserted behind the cursor are not, rows inserted ahead of it are.
    expect(names.filter((x) => x.startsWith('0 chèn sớm'))).toEqual([]);
    expect(late.length).toBeGreaterThan(5);
    expect(names.filter((x) => x.endsWith(' chèn muộn'))).toEqual(late);
  });

  it('pages a nested list and a search ranked by relevance', async () => {
    const district = await fx.gw.ask(`{ organisation(code: "DU-001") { id } }`);
    const id = district.data.organisation.id;
    const nested = `query($id: ID!, $after: String) { node(id: $id) { ... on Organisation {
      children(first: 7, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } } } }`;
    const codes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: Reply<Json> = await fx.gw.ask(nested, { id, after });
      const c: Json = r.data.node.children;
      expect(c.totalCount).toBe(40);
      codes.push(...c.edges.map((e: { node: { code: string } }) => e.node.code));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(new Set(codes).size).toBe(40);

    const all = (await page({ search: 'ba dinh', first: 500 })).edges.map((e) => e.node.id);
    const paged = await walk({ search: 'ba dinh', first: 4 });
    expect(paged.ids).toEqual(all);
    expect(all.length).toBeGreaterThan(40);
  });

  it('refuses pages over 500 and negative sizes, naming the argument', async () => {
    expect((await fx.gw.ask(PAGE, { first: 500 })).errors).toBeUndefined();
    const big = await fx.gw.ask(PAGE, { first: 501 });
    expect(big.data).toBeNull();
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_TOO_LARGE', field: ['first'] });
    expect(big.errors?.[0]?.message).toMatch(/at most 500/);
    const nested = await fx.gw.ask(`{ organisation(code: "TU") { children(first: 900) { totalCount } } }`);
    expect(nested.errors?.[0]).toMatchObject({
      path: ['organisation', 'children'],
      extensions: { code: 'PAGE_TOO_LARGE', field: ['first'] },
    });
    const negative = await fx.gw.ask(PAGE, { first: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['first'] });
  });

  it('refuses a forged cursor and a cursor taken under another ordering', async () => {
    const forged = await fx.gw.ask(PAGE, { first: 5, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CURSOR', field: ['after'] });
    const byName = await page({ first: 5, orderBy: { field: 'NAME' } });
    const mixed = await fx.gw.ask(PAGE, { first: 5, after: byName.pageInfo.endCursor, orderBy: { field: 'CODE' } });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CURSOR', field: ['after'] });
    const flipped = await fx.gw.ask(PAGE, {
      first: 5,
      after: byName.pageInfo.endCursor,
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    expect(flipped.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
  });
});
