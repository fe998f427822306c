import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import type { AnalyticsEngine } from '../../../analytics/engine.js';
import { loadConfig } from '../../../services/config.js';
import { mountGraphQL } from '../../../services/gateway/graphql.js';
import { createServer } from '../../../services/gateway/server.js';
import { initORM } from '../../../services/store/orm.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: unknown[]; reason?: string } }[];
}

export interface GraphQLClient {
  ask<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  orm: MikroORM;
  close(): Promise<void>;
}

/**
 * The real GraphQL stack (Fastify, Apollo, the gateway's context factory and error formatter)
 * over `databaseUrl` and `engine`, asked through in-process HTTP injection.
 */
export async function graphqlClient(databaseUrl: string, engine: AnalyticsEngine): Promise<GraphQLClient> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
  const orm = await initORM(databaseUrl, 4);
  const app: FastifyInstance = await createServer({
    config,
    ready: async () => ({ ready: true, checks: {} }),
  });
  await mountGraphQL(app, { orm, config, analytics: engine, onCommitted: () => engine.requestSync() });
  await app.ready();
  return {
    orm,
    async ask(query, variables) {
      const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
      return res.json();
    },
    async close() {
      await app.close();
      await orm.close();
    },
  };
}
