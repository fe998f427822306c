import type { FastifyInstance } from 'fastify';
import { mountCors } from './cors.js';
import { mountExportDownloads } from './export-downloads.js';
import { type GraphQLDeps, mountGraphQL } from './graphql.js';
import { mountIntakeRoutes } from './intake-routes.js';
import { createServer, type ServerDeps } from './server.js';
import { enforceTrustedDocuments, loadTrustedDocuments } from './trusted-documents.js';
import { mountWeb, WEB_DIST } from './web.js';

export interface GatewayDeps extends GraphQLDeps, Pick<ServerDeps, 'ready' | 'live' | 'logStream'> {
  /** The built dashboard and GraphiQL (default dist/web). */
  webRoot?: string;
}

/**
 * The HTTP server, not yet listening: health, CORS, the dashboard and GraphiQL, trusted documents,
 * then GraphQL (and
 * the export downloads). What `npm start` serves and what the tests ask, built the same way for both.
 */
export async function createGateway(deps: GatewayDeps): Promise<FastifyInstance> {
  const app = await createServer(deps);
  try {
    await mountCors(app, deps.config.CORS_ORIGINS);
    await mountWeb(app, deps.webRoot ?? WEB_DIST);
    if (deps.config.GRAPHQL_TRUSTED_DOCUMENTS.length) {
      enforceTrustedDocuments(app, await loadTrustedDocuments(deps.config.GRAPHQL_TRUSTED_DOCUMENTS));
    }
    await mountGraphQL(app, deps);
    await mountIntakeRoutes(app, { orm: deps.orm, config: deps.config });
    if (deps.exports) {
      await mountExportDownloads(app, { orm: deps.orm, config: deps.config, exportDir: deps.exports.exportDir });
    }
  } catch (e) {
    await app.close();
    throw e;
  }
  return app;
}
