import Fastify, { type FastifyInstance } from 'fastify';

export interface ServerDeps {
  /** Readiness: true when the database answers and the analytics replica is synced. */
  ready(): Promise<{ ready: boolean; checks: Record<string, unknown> }>;
  bodyLimit: number;
  logLevel: string;
}

/** The HTTP server: liveness, readiness, and (mounted by the gateway) GraphQL. */
export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logLevel === 'silent' ? false : { level: deps.logLevel },
    bodyLimit: deps.bodyLimit,
  });
  // An idle keep-alive socket would hold close() open until it times out: replies sent while closing end theirs.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  // Liveness says only that the process answers; it must not depend on the database.
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const r = await deps.ready();
    return reply.code(r.ready ? 200 : 503).send({ status: r.ready ? 'ready' : 'not ready', ...r.checks });
  });
  return app;
}
