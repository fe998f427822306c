import { entityClassOf } from '../../services/store/query/map-row.js';
import { nodeTypes } from './node-types.js';

const names = new Map([...nodeTypes].map(([name, entity]) => [entity, name]));

/** The GraphQL type name of a loaded entity, read from its class. */
export function nodeTypeName(value: object): string {
  const name = names.get(entityClassOf(value) as never);
  if (!name) throw new Error(`no GraphQL node type for ${value.constructor.name}`);
  return name;
}
