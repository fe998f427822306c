import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { FieldPermissions } from '../../../schema/access/field-permissions.js';
import type { Permission } from '../../../services/access/roles.js';

/** One operation the golden test sends with every credential, and the permissions it needs. */
export interface AccessPath {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  needs: Permission[];
}

/** Values for required (and a few optional) arguments, by "Type.field" then argument name. */
export type Samples = Readonly<Record<string, Readonly<Record<string, string>>>>;

type AnyField = GraphQLField<unknown, unknown>;

/** Connection plumbing does not count as a level of depth: a page of rows is one hop. */
const isPlumbing = (type: GraphQLNamedType) => /(Connection|Edge)$/.test(type.name) || type.name === 'PageInfo';

/**
 * Builds operations that together select every field of every object type the schema serves:
 * each root query field, each type's fields grouped by the permission they need (reached by the
 * shortest path from a root field), each node type's fields through `node(id)` for every id given,
 * and each mutation. Throws when a field's required argument has no sample, so a new field needs
 * one before the test passes.
 */
export function accessPaths(
  schema: GraphQLSchema,
  permissions: FieldPermissions,
  samples: Samples,
  nodeIds: Readonly<Record<string, readonly string[]>>,
): AccessPath[] {
  const permissionOf = (type: string, field: string): Permission => {
    const p = permissions.get(`${type}.${field}`);
    if (!p) throw new Error(`no access rule for ${type}.${field}`);
    return p;
  };
  const paths: AccessPath[] = [];
  const argsOf = (type: string, field: AnyField): string | null => {
    const given = samples[`${type}.${field.name}`] ?? {};
    for (const arg of field.args) {
      if (isNonNullType(arg.type) && !(arg.name in given) && arg.defaultValue === undefined) {
        throw new Error(`the golden test needs a sample for ${type}.${field.name}(${arg.name})`);
      }
    }
    const list = Object.entries(given).map(([k, v]) => `${k}: ${v}`);
    return list.length ? `(${list.join(', ')})` : '';
  };

  /**
   * A selection of `type`: its identity and read leaf fields (or, with `only`, its leaf fields needing
   * that permission), and, `depth` levels down, its relations; collects the permissions it needs.
   */
  const select = (type: GraphQLNamedType, depth: number, needs: Set<Permission>, only?: Permission): string => {
    if (isLeafType(type)) return '';
    if (isInterfaceType(type) || !isObjectType(type)) return '{ __typename ... on Node { id } }';
    const parts = ['__typename'];
    for (const field of Object.values(type.getFields())) {
      const permission = permissionOf(type.name, field.name);
      const target = getNamedType(field.type);
      const wanted = field.name === 'id' || permission === (only ?? 'read');
      if (!wanted) continue;
      const args = argsOf(type.name, field);
      if (isLeafType(target)) {
        parts.push(`${field.name}${args}`);
        needs.add(permission);
      } else if (depth > 0 || isPlumbing(target)) {
        parts.push(`${field.name}${args} ${select(target, isPlumbing(target) ? depth : depth - 1, needs)}`);
        needs.add(permission);
      }
    }
    return `{ ${parts.join(' ')} }`;
  };

  /** One operation per permission group of `type`'s leaf fields, and one per relation, each on its own. */
  const fieldPaths = (
    name: string,
    type: GraphQLObjectType,
    wrap: (selection: string) => string,
    base: Permission[],
    variables: Record<string, unknown> = {},
  ) => {
    const groups = new Set(Object.keys(type.getFields()).map((f) => permissionOf(type.name, f)));
    for (const group of groups) {
      const needs = new Set<Permission>(base);
      paths.push({
        name: `${name} (${group})`,
        query: wrap(select(type, 0, needs, group)),
        variables,
        needs: [...needs],
      });
    }
    // Each relation alone, so an error elsewhere in the reply cannot hide a record it returns.
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (isLeafType(target)) continue;
      const needs = new Set<Permission>([...base, permissionOf(type.name, field.name)]);
      const selection = `{ __typename ${field.name}${argsOf(type.name, field)} ${select(target, 0, needs)} }`;
      paths.push({ name: `${name}.${field.name}`, query: wrap(selection), variables, needs: [...needs] });
    }
  };

  const query = schema.getQueryType() as GraphQLObjectType;

  // Every root field, with the read fields of what it returns.
  for (const field of Object.values(query.getFields())) {
    const needs = new Set<Permission>([permissionOf('Query', field.name)]);
    const selection = select(getNamedType(field.type), 1, needs);
    paths.push({
      name: `Query.${field.name}`,
      query: `{ ${field.name}${argsOf('Query', field)} ${selection} }`,
      variables: {},
      needs: [...needs],
    });
  }

  // The shortest way from a root field to each object type, then its fields by permission group.
  const reach = new Map<string, { prefix: string; suffix: string; needs: Permission[] }>();
  const queue: GraphQLObjectType[] = [];
  for (const field of Object.values(query.getFields())) {
    const target = getNamedType(field.type);
    if (isObjectType(target) && !reach.has(target.name)) {
      reach.set(target.name, {
        prefix: `${field.name}${argsOf('Query', field)} {`,
        suffix: '}',
        needs: [permissionOf('Query', field.name)],
      });
      queue.push(target);
    }
  }
  while (queue.length) {
    const type = queue.shift() as GraphQLObjectType;
    const here = reach.get(type.name) as { prefix: string; suffix: string; needs: Permission[] };
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || reach.has(target.name)) continue;
      reach.set(target.name, {
        prefix: `${here.prefix} ${field.name}${argsOf(type.name, field)} {`,
        suffix: `${here.suffix} }`,
        needs: [...here.needs, permissionOf(type.name, field.name)],
      });
      queue.push(target);
    }
  }
  for (const [name, way] of reach) {
    const type = schema.getType(name) as GraphQLObjectType;
    fieldPaths(name, type, (selection) => `{ ${way.prefix} ${selection.slice(1, -1)} ${way.suffix} }`, way.needs);
  }

  // Each node type through node(id), for an id inside and one outside the narrow scope.
  for (const [name, ids] of Object.entries(nodeIds)) {
    const type = schema.getType(name) as GraphQLObjectType;
    for (const id of ids) {
      fieldPaths(
        `node(${name} ${id})`,
        type,
        (selection) => `query($id: ID!) { node(id: $id) { __typename ... on ${name} ${selection} } }`,
        [permissionOf('Query', 'node'), permissionOf('Node', 'id')],
        { id },
      );
    }
  }

  // Each mutation, with an empty input: refused by role before anything runs, or by its input after.
  for (const field of Object.values((schema.getMutationType() as GraphQLObjectType).getFields())) {
    const input = field.args.find((a) => a.name === 'input');
    if (!input) throw new Error(`the golden test expects Mutation.${field.name} to take one input`);
    paths.push({
      name: `Mutation.${field.name}`,
      query: `mutation($input: ${String(input.type)}) { ${field.name}(input: $input) { __typename } }`,
      variables: { input: {} },
      needs: [permissionOf('Mutation', field.name)],
    });
  }
  return paths;
}
