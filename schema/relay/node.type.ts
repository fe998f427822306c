import { Field, ID, InterfaceType } from 'type-graphql';
import { nodeTypeName } from './node-type-name.js';

@InterfaceType('Node', {
  description: 'Anything with a global id, fetchable again with `node(id)` (Relay object identification).',
  resolveType: (value: object) => nodeTypeName(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; stable across releases, not a database key.' })
  id!: string;
}
