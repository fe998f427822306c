import { type DocumentNode, type GraphQLSchema, getNamedType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { type Caller, callerCan } from '../../services/access/caller.js';
import type { FieldPermissions } from './field-permissions.js';

// A parsed document is reused by Apollo's document cache for the same query text, so its verdict per role is too.
const verdicts = new WeakMap<DocumentNode, Map<string, string[]>>();

/**
 * The fields of `document` the caller's role may not select, as "Type.field", in document order.
 * Fragments and inline fragments are read with the type they apply to, so `... on Person { birthYear }`
 * under `node` is judged as Person.birthYear. Introspection fields are governed by the introspection setting.
 */
export function deniedFields(
  schema: GraphQLSchema,
  permissions: FieldPermissions,
  document: DocumentNode,
  caller: Caller,
): string[] {
  let byRole = verdicts.get(document);
  const known = byRole?.get(caller.role);
  if (known) return known;
  const denied: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith('__')) return;
        const name = `${getNamedType(parent).name}.${node.name.value}`;
        const permission = permissions.get(name);
        if (permission && !callerCan(caller, permission) && !denied.includes(name)) denied.push(name);
      },
    }),
  );
  byRole ??= new Map();
  byRole.set(caller.role, denied);
  verdicts.set(document, byRole);
  return denied;
}
