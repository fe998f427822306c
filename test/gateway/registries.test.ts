import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyticsResolvers } from '../../schema/analytics/resolvers.js';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import { mutationResolvers } from '../../schema/mutations.js';
import { nodeTypes } from '../../schema/relay/node-types.js';
import { queryResolvers } from '../../schema/resolvers.js';
import { exportedClasses, filesUnder } from '../support/source-files.js';

describe('the hand-kept registries of the API', () => {
  it('registers every resolver class of every *.resolver.ts and *.mutations.ts file', async () => {
    const registered = new Set<unknown>([...queryResolvers, ...mutationResolvers, ...analyticsResolvers]);
    const files = [...filesUnder('schema', '.resolver.ts'), ...filesUnder('schema', '.mutations.ts')];
    const missing: string[] = [];
    // Resolvers made by a function (for several types) show in the schema snapshot instead.
    for (const file of files) {
      for (const { name, value } of await exportedClasses(file)) {
        if (!registered.has(value)) missing.push(`${name} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has an entity for every GraphQL type implementing Node, and a type for every node entity', async () => {
    const schema = await buildGraphQLSchema();
    const implementing = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
      .map((t) => t.name)
      .sort();
    expect([...nodeTypes.keys()].sort()).toEqual(implementing);
  });
});
