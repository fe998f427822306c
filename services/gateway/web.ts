import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';

/** Where `npm run web:build` (or `npm start`, when stale) puts the dashboard and GraphiQL. */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../dist/web');

// Everything the pages load comes from this server: no CDN, as on a closed government network.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // ECharts' SVG and GraphiQL's editor set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

// What a GraphQL client asks for, in Apollo's order; a browser prefers text/html over all of them.
const GRAPHQL_MEDIA_TYPES = ['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html'];

function prefersHtml(request: FastifyRequest): boolean {
  return new Negotiator(request).mediaType(GRAPHQL_MEDIA_TYPES) === 'text/html';
}

function sendPage(reply: FastifyReply, file: string): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .type('text/html; charset=utf-8')
    .sendFile(file, { cacheControl: false });
}

/**
 * The dashboard at `GET /`, GraphiQL at `GET /graphiql` and at `GET /graphql` for a browser (a
 * GraphQL client's GET still reaches Apollo), and their hashed assets, immutable, under /assets/.
 * Without a build in `root` the pages answer 503 saying how to build them.
 */
export async function mountWeb(app: FastifyInstance, root: string = WEB_DIST): Promise<void> {
  if (!existsSync(path.join(root, 'index.html'))) {
    const missing = async (_request: FastifyRequest, reply: FastifyReply) =>
      reply.code(503).type('text/plain; charset=utf-8').send('The dashboard is not built: run `npm run web:build`.');
    app.get('/', missing);
    app.get('/graphiql', missing);
    return;
  }
  await app.register(fastifyStatic, {
    root,
    serve: false,
  });
  await app.register(fastifyStatic, {
    root: path.join(root, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    // File names carry a content hash: a new build is a new name.
    immutable: true,
    maxAge: '365d',
  });
  app.get('/', (_request, reply) => sendPage(reply, 'index.html'));
  app.get('/graphiql', (_request, reply) => sendPage(reply, 'graphiql.html'));
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && request.url.split('?')[0] === '/graphql' && prefersHtml(request)) {
      return sendPage(reply, 'graphiql.html');
    }
  });
}
