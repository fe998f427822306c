import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../../../services/config.js';
import { mountGraphQL } from '../../../services/gateway/graphql.js';
import { createServer } from '../../../services/gateway/server.js';
import { poolLimits } from '../../../services/store/orm.config.js';
import { initORM } from '../../../services/store/orm.js';

/** Replies are read as loose JSON unless a test names their shape. */
// biome-ignore lint/suspicious/noExplicitAny: the one place tests opt out of typing GraphQL replies.
export type Json = any;

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: (string | number)[] | null; reason?: string; [k: string]: unknown };
}

export interface Reply<T> {
  status: number;
  data?: T;
  errors?: GraphQLError[];
}

export interface TestGateway {
  app: FastifyInstance;
  orm: MikroORM;
  /** POSTs one operation to /graphql through Fastify's injection (the real routes, context factory and formatter). */
  ask<T = Json>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
  /** Runs `fn` and returns how many SQL statements reached PostgreSQL meanwhile. */
  statementsDuring(fn: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** The production HTTP server and GraphQL mount over `databaseUrl`, with `env` overriding the configuration. */
export async function startGateway(databaseUrl: string, env: Record<string, string> = {}): Promise<TestGateway> {
  const config: Config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...env });
  const orm = await initORM(databaseUrl, 4, poolLimits(config));
  const app = await createServer({
    config,
    ready: async () => ({ ready: true, checks: {} }),
  });
  await mountGraphQL(app, { orm, config });
  await app.ready();
  let statements = 0;
  // Every statement MikroORM or the loaders send goes through this knex instance.
  orm.em.getKnex().on('query', () => {
    statements += 1;
  });
  return {
    app,
    orm,
    async ask(query, variables, headers) {
      const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });
      return { status: res.statusCode, ...res.json() };
    },
    async statementsDuring(fn) {
      const before = statements;
      await fn();
      return statements - before;
    },
    async close() {
      await app.close();
      await orm.close();
    },
  };
}
