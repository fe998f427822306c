import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { analyticsResolvers } from './analytics/resolvers.js';
import { mutationResolvers } from './mutations.js';
import { queryResolvers } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

/**
 * The one schema: queries, mutations and analytics together, sorted so the printed SDL is stable.
 * Built once per process (type-graphql metadata is global anyway).
 */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...queryResolvers, ...mutationResolvers, ...analyticsResolvers],
    validate: { forbidUnknownValues: false },
  }).then(lexicographicSortSchema);
  return built;
}
