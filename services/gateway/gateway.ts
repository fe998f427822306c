import type { FastifyInstance } from 'fastify';
import { type GraphQLDeps, mountGraphQL } from './graphql.js';
import { createServer, type ServerDeps } from './server.js';

export interface GatewayDeps extends GraphQLDeps, Pick<ServerDeps, 'ready' | 'live' | 'logStream'> {}

/**
 * The HTTP server with GraphQL mounted, not yet listening: what `npm start` serves and what the
 * tests ask, built the same way for both.
 */
export async function createGateway(deps: GatewayDeps): Promise<FastifyInstance> {
  const app = await createServer(deps);
  try {
    await mountGraphQL(app, deps);
  } catch (e) {
    await app.close();
    throw e;
  }
  return app;
}
