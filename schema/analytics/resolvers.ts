import type { ClassType } from 'type-graphql';

/** The analytics resolvers the schema builder registers. */
export const analyticsResolvers: ClassType[] = [];
