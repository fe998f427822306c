import type { FastifyInstance } from 'fastify';
import { mountCors } from './cors.js';
import { type GraphQLDeps, mountGraphQL } from './graphql.js';
import { enforceTrustedDocuments, loadTrustedDocuments } from './trusted-documents.js';
import { mountWeb, WEB_DIST } from './web.js';

export interface RoutesDeps extends GraphQLDeps {
  /** The built dashboard and GraphiQL (default dist/web). */
  webRoot?: string;
}

/** Everything the gateway answers besides health: CORS, the web pages, trusted documents, then /graphql. */
export async function mountRoutes(app: FastifyInstance, deps: RoutesDeps): Promise<void> {
  await mountCors(app, deps.config.CORS_ORIGINS);
  await mountWeb(app, deps.webRoot ?? WEB_DIST);
  if (deps.config.GRAPHQL_TRUSTED_DOCUMENTS.length) {
    enforceTrustedDocuments(app, await loadTrustedDocuments(deps.config.GRAPHQL_TRUSTED_DOCUMENTS));
  }
  await mountGraphQL(app, deps);
}
