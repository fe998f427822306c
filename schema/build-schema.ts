import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { auditMutations } from './access/audited-mutations.js';
import { analyticsResolvers } from './analytics/resolvers.js';
import { mutationResolvers } from './mutations.js';
import { queryResolvers } from './resolvers.js';

/** type-graphql gives the root types no description; the API documents them too. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reading: the hierarchy, people, membership, oversight, programmes and analytics.';
  if (mutation) mutation.description = 'Writing what reviews count; each mutation is one transaction.';
  return schema;
}

let built: Promise<GraphQLSchema> | undefined;

/**
 * The one schema: queries, mutations and analytics together, sorted so the printed SDL is stable,
 * every mutation audited. Built once per process (type-graphql metadata is global anyway).
 */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...queryResolvers, ...mutationResolvers, ...analyticsResolvers],
  })
    .then(describeRoots)
    .then(lexicographicSortSchema)
    .then(auditMutations);
  return built;
}
