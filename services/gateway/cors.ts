import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * Cross-origin access for the origins in CORS_ORIGINS only (none by default: no CORS headers, so
 * browsers keep other sites' pages out). Credentials travel in the Authorization header, never in cookies.
 */
export async function mountCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  if (!origins.length) return;
  const allowed = new Set(origins);
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-civicgraph-user'],
    credentials: false,
    maxAge: 600,
  });
}
