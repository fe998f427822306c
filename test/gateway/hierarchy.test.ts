import { describe, expect, it } from 'vitest';
import { GRASSROOTS_PER_DISTRICT } from './support/fixture.js';
import { useGateway } from './support/use-gateway.js';

describe('hierarchy from the stored path', () => {
  const fx = useGateway();

  it('lists ancestors root first and the parent chain agrees', async () => {
    const { data, errors } = await fx.gw.ask(`{ organisation(code: "C-281-07") {
      depth ancestors { code depth } parent { code parent { code parent { code parent { code } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.organisation.depth).toBe(3);
    expect(data.organisation.ancestors).toEqual([
      { code: 'TU', depth: 0 },
      { code: 'DU-281', depth: 1 },
      { code: 'G-281-07', depth: 2 },
    ]);
    expect(data.organisation.parent).toEqual({
      code: 'G-281-07',
      parent: { code: 'DU-281', parent: { code: 'TU', parent: null } },
    });
  });

  it('gives descendants by depth and kind, depth 1 being the children', async () => {
    const { data } = await fx.gw.ask(`{ organisation(code: "DU-001") {
      children(first: 500) { totalCount nodes { code } }
      one: descendants(depth: 1, first: 500) { totalCount nodes { code } }
      all: descendants { totalCount }
      cells: descendants(kind: [CELL]) { totalCount }
      enterprises: descendants(hostSector: [NON_STATE_ENTERPRISE]) { totalCount }
    } }`);
    const o = data.organisation;
    expect(o.one).toEqual(o.children);
    expect(o.children.totalCount).toBe(GRASSROOTS_PER_DISTRICT);
    expect(o.all.totalCount).toBe(2 * GRASSROOTS_PER_DISTRICT);
    expect(o.cells.totalCount).toBe(GRASSROOTS_PER_DISTRICT);
    expect(o.enterprises.totalCount).toBe(GRASSROOTS_PER_DISTRICT / 4);
  });

  it('filters the top-level list by subtree, kind, branch and founding dates', async () => {
    const { data } = await fx.gw.ask(
      `query($u: ID) {
      under: organisations(under: $u, kind: [GRASSROOTS_COMMITTEE]) { totalCount }
      state: organisations(branch: [STATE]) { nodes { code kindLabel } }
      founded: organisations(foundedFrom: "2000-01-02", foundedTo: "2000-01-03", kind: [GRASSROOTS_CELL, GRASSROOTS_COMMITTEE]) { totalCount }
      active: organisations(activeOn: "1940-01-01") { nodes { code } }
    }`,
      { u: (await fx.gw.ask(`{ organisation(code: "DU-002") { id } }`)).data.organisation.id },
    );
    expect(data.under.totalCount).toBe(GRASSROOTS_PER_DISTRICT / 2);
    expect(data.state.nodes).toEqual([{ code: 'HDND-01', kindLabel: 'Hội đồng nhân dân' }]);
    // Grassroots organisation g was founded on 2000-01-01 + g days: g = 1 and 2, in each of 3 districts.
    expect(data.founded.totalCount).toBe(6);
    expect(data.active.nodes.map((n: { code: string }) => n.code).sort()).toEqual(['TU', 'TU-BTV']);
  });

  it('refuses depth below 1 with the argument path', async () => {
    const reply = await fx.gw.ask(`{ organisation(code: "TU") { descendants(depth: 0) { totalCount } } }`);
    expect(reply.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['depth'],
      reason: 'depth must be at least 1',
    });
  });
});
