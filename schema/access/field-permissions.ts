import { type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import type { Permission } from '../../services/access/roles.js';
import type { FieldPolicy } from './field-policy.js';

/** "Type.field" → the permission it needs. */
export type FieldPermissions = ReadonlyMap<string, Permission>;

/**
 * Indexes the policy against the schema it guards; throws naming every field without a rule (and
 * every rule naming no field), so a schema with a field nobody decided on never serves.
 */
export function fieldPermissions(schema: GraphQLSchema, policy: FieldPolicy): FieldPermissions {
  const index = new Map<string, Permission>();
  for (const [type, rules] of Object.entries(policy)) {
    for (const [permission, fields] of Object.entries(rules) as [Permission, readonly string[]][]) {
      for (const field of fields) index.set(`${type}.${field}`, permission);
    }
  }
  const served = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.keys(type.getFields())) served.add(`${type.name}.${field}`);
  }
  const unruled = [...served].filter((f) => !index.has(f));
  const stale = [...index.keys()].filter((f) => !served.has(f));
  if (unruled.length || stale.length) {
    throw new Error(
      `schema/access/field-policy.ts does not match the schema:${unruled.length ? ` no rule for ${unruled.join(', ')};` : ''}${
        stale.length ? ` rules for fields that do not exist: ${stale.join(', ')}` : ''
      }`,
    );
  }
  return index;
}
