import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { fieldPermissions } from '../../schema/access/field-permissions.js';
import { FIELD_POLICY } from '../../schema/access/field-policy.js';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import { fromGlobalId, toGlobalId } from '../../schema/relay/global-id.js';
import { nodeTypes } from '../../schema/relay/node-types.js';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../services/access/roles.js';
import { loadFixture } from '../gateway/support/fixture.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type Json, type Reply, startGateway, type TestGateway } from '../support/gateway.js';
import { type AccessPath, accessPaths, type Samples } from './support/access-paths.js';
import { visibilityOracle } from './support/visibility-oracle.js';

/** The scopes tried: the whole forest, and one district's subtree. */
const SCOPES = ['*', 'DU-001'] as const;

const SAMPLES: Samples = {
  'Query.organisation': { code: '"G-001-01"' },
  'Query.administrativeUnit': { code: '"001"' },
  'Query.programme': { code: '"01-CTr/TU"' },
  'Query.person': { code: '"hn-0000001"' },
  'Query.node': { id: '"T3JnYW5pc2F0aW9uOjE="' },
  'Query.nodes': { ids: '["T3JnYW5pc2F0aW9uOjE=", "T3JnYW5pc2F0aW9uOjI="]' },
  'Query.compare': { metric: '"admissions"', period: '"2022-H1"', groupBy: 'DISTRICT' },
  'Query.attainment': { metric: '"non_state_enterprise_orgs"', period: '"2022-H1"' },
  'Query.share': { metric: '"grassroots_consolidated"', period: '"2022-H1"' },
  'Query.series': { metric: '"admissions"', from: '"2022-01"', to: '"2022-06"', grain: 'MONTH' },
  'Organisation.metric': { id: '"admissions"', period: '"2022-H1"' },
  'Query.exportRun': { id: `"${Buffer.from('ExportRun:1').toString('base64')}"` },
  'Query.review': { period: '"2022-H1"' },
};

/** Objects in a reply that are records of the schema: their type and database id. */
function records(value: Json, out: { type: string; id: number }[] = []): { type: string; id: number }[] {
  if (Array.isArray(value)) for (const v of value) records(v, out);
  else if (value && typeof value === 'object') {
    if (typeof value.__typename === 'string' && typeof value.id === 'string' && nodeTypes.has(value.__typename)) {
      out.push({ type: value.__typename, id: fromGlobalId(value.id, ['id']).id });
    }
    if (value.__typename === 'ApiKey' && typeof value.id === 'string') {
      out.push({ type: 'ApiKey', id: fromGlobalId(value.id, ['id']).id });
    }
    for (const v of Object.values(value)) records(v, out);
  }
  return out;
}

interface Tally {
  paths: number;
  requests: number;
  allowed: number;
  refused: number;
  rows: number;
  outOfScope: number;
  unexpected: string[];
}

describe('access golden test: every role × scope × path of the schema', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let engine: AnalyticsEngine;
  let gw: TestGateway;
  let paths: AccessPath[];
  const tally: Tally = { paths: 0, requests: 0, allowed: 0, refused: 0, rows: 0, outOfScope: 0, unexpected: [] };

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadFixture(db.url);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    engine = new AnalyticsEngine({ databaseUrl: db.url, path: ':memory:' });
    await engine.sync();
    gw = await startGateway(db.url, { analytics: engine });
    // One record of each node type inside the district and one outside it, where the fixture has them.
    const inside = await visibilityOracle(sql, 'DU-001');
    const nodeIds: Record<string, string[]> = {};
    for (const [type, entity] of nodeTypes) {
      const table = (gw.orm.getMetadata().get(entity.name) as { tableName: string }).tableName;
      const ids = (await sql.query<{ id: number }>(`select id from "${table}" order by id`)).rows.map((r) => r.id);
      const pickIn = ids.find((id) => inside(type, id));
      const pickOut = ids.find((id) => !inside(type, id));
      nodeIds[type] = [pickIn, pickOut]
        .filter((id): id is number => id !== undefined)
        .map((id) => toGlobalId(type, id));
    }
    const schema = await buildGraphQLSchema();
    paths = accessPaths(schema, fieldPermissions(schema, FIELD_POLICY), SAMPLES, nodeIds);
    tally.paths = paths.length;
  }, 120_000);

  afterAll(async () => {
    console.log(
      `access golden test: ${tally.paths} paths × ${ROLES.length * SCOPES.length + 1} callers = ${tally.requests} requests; ` +
        `${tally.allowed} answered, ${tally.refused} refused as the policy says; ${tally.rows} records returned, ` +
        `${tally.outOfScope} out of scope`,
    );
    await gw?.close();
    await engine?.close();
    await sql?.end();
    await db?.drop();
  });

  it('answers nothing without a credential', async () => {
    for (const path of paths) {
      const reply = await gw.ask(path.query, path.variables, { headers: { authorization: '' } });
      tally.requests++;
      if (
        reply.status !== 401 ||
        reply.data !== undefined ||
        reply.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED'
      ) {
        tally.unexpected.push(`anonymous ${path.name}: ${reply.status} ${JSON.stringify(reply.errors?.[0])}`);
      } else tally.refused++;
    }
    expect(tally.unexpected).toEqual([]);
  });

  for (const role of ROLES) {
    for (const scope of SCOPES) {
      it(`${role} of ${scope}: refused where the policy refuses, and never a row outside the scope`, async () => {
        const credential = await gw.credential(role, scope);
        const oracle = await visibilityOracle(sql, scope);
        const unexpected: string[] = [];
        const outOfScope: string[] = [];
        for (const path of paths) {
          const reply: Reply<Json> = await gw.ask(path.query, path.variables, credential);
          tally.requests++;
          const allowed = path.needs.every((p) => ROLE_PERMISSIONS[role as Role].includes(p));
          const codes = (reply.errors ?? []).map((e) => e.extensions?.code);
          if (!allowed) {
            if (reply.status === 403 && reply.data === undefined && codes[0] === 'FORBIDDEN') tally.refused++;
            else
              unexpected.push(
                `${path.name}: expected FORBIDDEN, got ${reply.status} ${JSON.stringify(reply.errors?.[0] ?? reply.data)}`,
              );
            continue;
          }
          tally.allowed++;
          const wrong = codes.filter(
            (c) =>
              c === 'UNAUTHENTICATED' ||
              c === 'INTERNAL_SERVER_ERROR' ||
              // A nested FORBIDDEN is a hidden reference: only a scoped caller meets one.
              (c === 'FORBIDDEN' && (scope === '*' || reply.data === undefined)),
          );
          if (wrong.length) unexpected.push(`${path.name}: ${JSON.stringify(reply.errors)}`);
          for (const r of records(reply.data)) {
            tally.rows++;
            if (!oracle(r.type, r.id)) outOfScope.push(`${path.name}: ${r.type} ${r.id}`);
          }
        }
        tally.outOfScope += outOfScope.length;
        expect(unexpected).toEqual([]);
        expect(outOfScope).toEqual([]);
      });
    }
  }

  it('counts only what the caller may see', async () => {
    const credential = await gw.credential('viewer', 'DU-001');
    const reply = await gw.ask(
      `{ organisations { totalCount } people { totalCount } members { totalCount } inspections { totalCount }
         membershipEvents { totalCount } positions: organisation(code: "DU-001") { positions { id } } }`,
      {},
      credential,
    );
    const count = async (q: string) => Number((await sql.query(q)).rows[0].n);
    const district = "(select id from organisation where code = 'DU-001')";
    expect(reply.data.organisations.totalCount).toBe(
      await count(`select count(*) n from organisation where path @> array[${district}]`),
    );
    expect(reply.data.members.totalCount).toBe(
      await count(
        `select count(*) n from member m join organisation c on c.id = m.cell_id where c.path @> array[${district}]`,
      ),
    );
    expect(reply.data.inspections.totalCount).toBe(
      await count(
        `select count(*) n from inspection i join organisation o on o.id = i.placed_in_id where o.path @> array[${district}]`,
      ),
    );
    expect(reply.data.people.totalCount).toBeLessThan(await count('select count(*) n from person'));
  });
});
