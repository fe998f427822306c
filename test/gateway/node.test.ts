import { ReferenceKind } from '@mikro-orm/core';
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { nodeTypes } from '../../schema/relay/node-types.js';
import { useGateway } from './support/use-gateway.js';

const needsArguments = (f: GraphQLField<unknown, unknown>) =>
  f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Every field of a type that needs no argument: leaves as they are, connections by count, objects by id. */
function selectionOf(type: GraphQLObjectType): { names: string[]; text: string } {
  const fields = Object.values(type.getFields()).filter((f) => !needsArguments(f));
  const text = fields
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (isObjectType(named) && named.getFields().totalCount) return `${f.name} { totalCount }`;
      if (isObjectType(named) && named.getFields().id) return `${f.name} { id }`;
      return `${f.name} { __typename }`;
    })
    .join(' ');
  return { names: fields.map((f) => f.name), text };
}

describe('node(id) and global ids', () => {
  const fx = useGateway();

  it.each([...nodeTypes.keys()])(
    'fetches a %s again by its id, every field resolving, its relations the rows it refers to',
    async (type) => {
      const schema = await buildGraphQLSchema();
      const meta = fx.gw.orm.getMetadata().get(type);
      const { rows } = await fx.sql.query(`select * from ${meta.tableName} order by id limit 1`);
      const row = rows[0];
      expect(row, `the fixture has no ${meta.tableName} row`).toBeDefined();
      const id = toGlobalId(type, row.id);
      const { names, text } = selectionOf(schema.getType(type) as GraphQLObjectType);
      const reply = await fx.gw.ask(`query($id: ID!) { node(id: $id) { ... on ${type} { ${text} } } }`, { id });
      expect(reply.errors).toBeUndefined();
      expect(Object.keys(reply.data.node).sort()).toEqual([...names].sort());
      expect(reply.data.node.id).toBe(id);
      const references = meta.relations.filter(
        (p) => p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner),
      );
      for (const prop of references) {
        if (!names.includes(prop.name)) continue;
        const target = row[prop.fieldNames[0] as string];
        const expected = target === null ? null : { id: toGlobalId(prop.type, target) };
        expect(reply.data.node[prop.name], `${type}.${prop.name}`).toEqual(expected);
      }
    },
  );

  it('answers nodes(ids) in the order asked, null where a row is missing', async () => {
    const ids = [toGlobalId('Organisation', 1), toGlobalId('Organisation', 999999), toGlobalId('Document', 1)];
    const reply = await fx.gw.ask(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(reply.data.nodes).toEqual([
      { __typename: 'Organisation', id: ids[0] },
      null,
      { __typename: 'Document', id: ids[2] },
    ]);
  });

  it('refuses ids it did not issue, and ids of the wrong type where a type is expected', async () => {
    const bad = await fx.gw.ask(`{ node(id: "T3JnYW5pc2F0aW9uOmFiYw==") { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID', field: ['id'] });
    const unknownType = await fx.gw.ask(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Secret', 1) });
    expect(unknownType.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID', field: ['id'] });
    const wrongType = await fx.gw.ask(`query($u: ID!) { organisations(under: $u) { totalCount } }`, {
      u: toGlobalId('Person', 1),
    });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID', field: ['under'] });
    expect(wrongType.errors?.[0]?.message).toMatch(/expected the id of a Organisation/);
  });

  it('ids are opaque base64 of "Type:id" and round-trip through organisation(id:)', async () => {
    const { data } = await fx.gw.ask(`{ organisation(code: "TU") { id code } }`);
    expect(Buffer.from(data.organisation.id, 'base64').toString()).toMatch(/^Organisation:\d+$/);
    const again = await fx.gw.ask(`query($id: ID) { organisation(id: $id) { code } }`, { id: data.organisation.id });
    expect(again.data.organisation.code).toBe('TU');
    const both = await fx.gw.ask(`{ organisation(id: "x", code: "TU") { code } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
