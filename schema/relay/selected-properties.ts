import { type GraphQLResolveInfo, getNamedType, isObjectType, Kind, type SelectionSetNode } from 'graphql';

/**
 * What the field resolvers of a node type read of their row besides its id, by field name. A list
 * of such a type loads only the columns its selection needs: a field named here costs these
 * properties, any other field costs the entity property of its own name; a field that is neither
 * (or a type not named here) makes the page load every column, so a missing entry costs speed only.
 */
const RESOLVER_NEEDS: Record<string, Record<string, readonly string[]>> = {
  Organisation: {
    kindLabel: ['kind'],
    depth: ['depth', 'path'],
    children: [],
    descendants: [],
    ancestors: [],
    head: [],
    positions: [],
    members: [],
    memberCount: [],
    membershipEvents: [],
    designations: [],
    targets: [],
    metric: [],
  },
  Person: { name: ['fullName'], sexLabel: ['sex'], positions: [] },
};

/**
 * The properties the rows of a connection need for what the client selected under `nodes` and
 * `edges { node }` (fragments included); undefined when they cannot be told (every column, then).
 */
export function selectedProperties(info: GraphQLResolveInfo): string[] | undefined {
  const connection = getNamedType(info.returnType);
  const nodeType = isObjectType(connection) ? connection.getFields().nodes?.type : undefined;
  const needs = nodeType ? RESOLVER_NEEDS[getNamedType(nodeType).name] : undefined;
  if (!needs) return undefined;
  const properties = new Set<string>(['id']);
  const add = (name: string) => {
    if (name === '__typename') return;
    for (const p of needs[name] ?? [name]) properties.add(p);
  };
  const each = (set: SelectionSetNode | undefined, visit: (name: string, sub?: SelectionSetNode) => void): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) visit(s.name.value, s.selectionSet);
      else if (s.kind === Kind.INLINE_FRAGMENT) each(s.selectionSet, visit);
      else each(info.fragments[s.name.value]?.selectionSet, visit);
    }
  };
  for (const field of info.fieldNodes) {
    each(field.selectionSet, (name, sub) => {
      if (name === 'nodes') each(sub, add);
      else if (name === 'edges') each(sub, (edgeField, node) => edgeField === 'node' && each(node, add));
    });
  }
  return [...properties];
}
