import { describe, expect, it } from 'vitest';
import type { Json, Reply } from '../support/gateway.js';
import { FIXTURE_DISTRICTS, GRASSROOTS_PER_DISTRICT } from './support/fixture.js';
import { useGateway } from './support/use-gateway.js';

// city → districts → grassroots organisations → (head with person, member count): four levels.
const TREE = `query Tree($first: Int!) {
  organisation(code: "TU") {
    name
    children(kind: [DISTRICT_COMMITTEE], first: 50) {
      totalCount
      nodes {
        name
        children(first: $first, kind: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL]) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node {
            code
            head(asOf: "2022-07-13") { title person { name } }
            memberCount(asOf: "2022-07-13")
          } }
        }
      }
    }
  }
}`;

interface District {
  children: { edges: { node: { code: string; head: unknown; memberCount: number } }[] };
}

describe('SQL statements per request', () => {
  // The resolvers' batching is what this file holds; reads answered by one compiled statement
  // (COMPILED_READS) are held by compiled-reads.test.ts.
  const fx = useGateway({ env: { COMPILED_READS: 'false' } });

  it('answers the four-level tree with at most depth + 1 statements, whatever the page sizes', async () => {
    const counts: number[] = [];
    for (const first of [5, GRASSROOTS_PER_DISTRICT]) {
      let reply: Reply<Json> | undefined;
      counts.push(await fx.gw.statementsDuring(async () => (reply = await fx.gw.ask(TREE, { first }))));
      expect(reply?.errors).toBeUndefined();
      const districts = reply?.data.organisation.children;
      expect(districts.totalCount).toBe(FIXTURE_DISTRICTS.length);
      const grassroots = districts.nodes.flatMap((d: District) => d.children.edges.map((e) => e.node));
      expect(grassroots).toHaveLength(FIXTURE_DISTRICTS.length * first);
      for (const d of districts.nodes) {
        expect(d.children.totalCount).toBe(GRASSROOTS_PER_DISTRICT);
        expect(d.children.pageInfo.hasNextPage).toBe(first < GRASSROOTS_PER_DISTRICT);
      }
      for (const g of grassroots) {
        expect(g.head).toEqual({ title: 'Bí thư', person: { name: `Bí thư ${g.code}` } });
        // One member admitted in 2010, one in March 2022; the third left at the end of 2021.
        expect(g.memberCount).toBe(2);
      }
    }
    // 1 root + 1 per list level + 1 for heads (persons fetched with them) + 1 for member counts.
    expect(counts).toEqual([5, 5]);
  });

  it('batches by-id relations across a whole page into one statement', async () => {
    const query = `{ organisations(kind: [CELL], first: 100) { nodes { parent { parent { name } } } } }`;
    let reply: Reply<Json> | undefined;
    const n = await fx.gw.statementsDuring(async () => (reply = await fx.gw.ask(query)));
    expect(reply?.errors).toBeUndefined();
    expect(reply?.data.organisations.nodes).toHaveLength(100);
    // the page, the parents (grassroots), their parents (districts)
    expect(n).toBe(3);
  });
});
