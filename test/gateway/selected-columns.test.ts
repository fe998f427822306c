import { describe, expect, it } from 'vitest';
import { useGateway } from './support/use-gateway.js';

/** The SQL of the statements `fn` sends (credential lookups aside). */
async function statementsOf(fx: ReturnType<typeof useGateway>, fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (q: { sql: string }) => {
    if (!q.sql.includes('api_key')) seen.push(q.sql);
  };
  const knex = fx.gw.orm.em.getKnex();
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.off('query', listener);
  }
  return seen;
}

describe('pages load the columns their selection needs', () => {
  // The resolvers' page loader is what this file holds; compiled reads (COMPILED_READS) are held
  // by compiled-reads.test.ts.
  const fx = useGateway({ env: { COMPILED_READS: 'false' } });

  it('reads only the selected columns of a page, and answers as a page of every column does', async () => {
    const few = `{ organisations(first: 40) { nodes { id code name kind kindLabel } } }`;
    const sql = await statementsOf(fx, () => fx.gw.ask(few));
    expect(sql).toHaveLength(1);
    expect(sql[0]).not.toContain('t.*');
    expect(sql[0]).toMatch(/t\."code"/);
    expect(sql[0]).not.toMatch(/t\."path"/);
    const narrow = await fx.gw.ask(few);
    // `inspections` has no entry in the resolvers' table, so this page reads every column.
    const wide = await fx.gw.ask(
      `{ organisations(first: 40) { nodes { id code name kind kindLabel inspections(first: 1) { totalCount } } } }`,
    );
    expect(narrow.errors).toBeUndefined();
    const withoutInspections = wide.data.organisations.nodes.map((n: Record<string, unknown>) => {
      const { inspections: _inspections, ...rest } = n;
      return rest;
    });
    expect(narrow.data.organisations.nodes).toEqual(withoutInspections);
  });

  it('reads every column when a selected field is not named in the resolvers table', async () => {
    const sql = await statementsOf(fx, () =>
      fx.gw.ask(`{ organisations(first: 5) { nodes { id inspections(first: 1) { totalCount } } } }`),
    );
    expect(sql[0]).toContain('t.*');
  });

  it('builds edges and cursors only when asked, and the same cursors either way', async () => {
    const both = await fx.gw.ask(`{ organisations(first: 3) { edges { cursor } pageInfo { startCursor endCursor } } }`);
    const info = await fx.gw.ask(`{ organisations(first: 3) { pageInfo { startCursor endCursor } } }`);
    const edges = both.data.organisations.edges.map((e: { cursor: string }) => e.cursor);
    expect(info.data.organisations.pageInfo).toEqual({ startCursor: edges[0], endCursor: edges[2] });
    expect(both.data.organisations.pageInfo).toEqual(info.data.organisations.pageInfo);
  });
});
