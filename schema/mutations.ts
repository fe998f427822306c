import type { ClassType } from 'type-graphql';

/** The mutation resolvers; filled by the mutations engineer (one per domain, in schema/<domain>/<name>.mutations.ts). */
export const mutationResolvers: ClassType[] = [];
