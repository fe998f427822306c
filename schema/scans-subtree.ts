import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Marks a field that reads an organisation's whole subtree (its members, events, descendants),
 * so the cost estimate prices the scan per parent, not only the rows returned (schema/limits.ts).
 */
export function ScansSubtree(): MethodDecorator & PropertyDecorator {
  return Extensions({ scansSubtree: true });
}

export function scansSubtree(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions?.scansSubtree === true;
}
