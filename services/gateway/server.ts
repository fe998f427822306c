import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { hostAllowlist } from './host-allowlist.js';
import type { Metrics } from './metrics.js';

export interface ServerDeps {
  config: Config;
  /** Readiness: true when the database answers and the analytics replica is synced. */
  ready(): Promise<{ ready: boolean; checks: Record<string, unknown> }>;
  /** Liveness: false when the process cannot recover by itself (its embedded database is gone for good). */
  live?(): boolean;
  metrics?: Metrics;
  /** Where log lines go (JSON, one per line); standard output when absent. */
  logStream?: NodeJS.WritableStream;
}

/**
 * The HTTP server: liveness, readiness, metrics and (mounted by the gateway) GraphQL, behind
 * security headers and a Host allowlist, with time limits for slow clients and for shutdown.
 */
export async function createServer({ config, ready, live, metrics, logStream }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL, ...(logStream && { stream: logStream }) },
    bodyLimit: config.GRAPHQL_MAX_BODY_BYTES,
    // A client that sends its request slowly gets 408 instead of holding a socket (and shutdown) open.
    // Node reads the limit when the server is made, so it goes in `http` too; it is checked every second.
    requestTimeout: config.BODY_TIMEOUT_MS,
    http: {
      requestTimeout: config.BODY_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1000, config.BODY_TIMEOUT_MS),
    },
    // A request that reached the server while it closes is served (its reply ends the connection), not refused.
    return503OnClosing: false,
  });
  // An idle keep-alive socket would hold close() open until it times out: replies sent while closing end theirs.
  let closing = false;
  let forceClose: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    closing = true;
    // In-flight requests get SHUTDOWN_TIMEOUT_MS to finish; then their sockets are cut and close() completes.
    forceClose = setTimeout(() => app.server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
    forceClose.unref();
  });
  app.addHook('onClose', async () => clearTimeout(forceClose));
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onRequest', hostAllowlist(config.allowedHosts));
  await app.register(helmet, {
    // Same-origin pages only (the dashboard, GraphiQL): scripts, styles, fonts and data from this server.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  metrics?.instrument(app);
  // Liveness does not depend on the database answering, only on the process being able to heal.
  app.get('/healthz', async (_req, reply) =>
    live && !live() ? reply.code(503).send({ status: 'failing' }) : reply.send({ status: 'ok' }),
  );
  app.get('/readyz', async (_req, reply) => {
    const r = await ready();
    return reply.code(r.ready ? 200 : 503).send({ status: r.ready ? 'ready' : 'not ready', ...r.checks });
  });
  return app;
}
