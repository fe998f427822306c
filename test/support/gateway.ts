import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AnalyticsEngine } from '../../analytics/engine.js';
import type { Exports } from '../../analytics/exports/exports.js';
import { ApiKeyService } from '../../services/access/api-key.service.js';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import type { Role } from '../../services/access/roles.js';
import { loadConfig } from '../../services/config.js';
import { createGateway } from '../../services/gateway/gateway.js';
import type { Metrics } from '../../services/gateway/metrics.js';
import { poolLimits } from '../../services/store/orm.config.js';
import { initORM } from '../../services/store/orm.js';

/** Replies are read as loose JSON unless a test names their shape. */
// biome-ignore lint/suspicious/noExplicitAny: the one place tests opt out of typing GraphQL replies.
export type Json = any;

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; field?: (string | number)[] | null; reason?: string; [k: string]: unknown };
}

export interface Reply<T> {
  status: number;
  data?: T;
  errors?: GraphQLError[];
}

export interface AskOptions {
  /** Extra or overriding headers; `authorization: ''` sends none (an anonymous request). */
  headers?: Record<string, string>;
}

/** Ask options carrying an API key, and the subject the server records for it. */
export interface Credential {
  headers: { authorization: string };
  subject: string;
}

export interface GatewayOptions {
  /** Configuration overrides, as environment variables. */
  env?: Record<string, string>;
  analytics?: AnalyticsEngine;
  /** Export queues (and their downloads); absent, export mutations answer EXPORTS_UNAVAILABLE. */
  exports?: Exports;
  onCommitted?: () => void;
  metrics?: Metrics;
  /** Where the server's log lines go (with `env.LOG_LEVEL` other than silent). */
  logStream?: NodeJS.WritableStream;
  /** The built dashboard and GraphiQL to serve (default dist/web). */
  webRoot?: string;
}

export interface TestGateway {
  app: FastifyInstance;
  orm: MikroORM;
  /** Any request, in-process (Fastify injection: the real routes, context factory and formatter). */
  inject(request: InjectOptions): Promise<LightMyRequestResponse>;
  /** POSTs one operation to /graphql in-process. */
  ask<T = Json>(query: string, variables?: Record<string, unknown>, options?: AskOptions): Promise<Reply<T>>;
  /** Listens on a free port of 127.0.0.1 and returns the base URL, for tests that need a real socket. */
  listen(): Promise<string>;
  /** POSTs one operation to /graphql over the socket `listen` opened, as a remote client would. */
  askOverHttp<T = Json>(query: string, variables?: Record<string, unknown>, options?: AskOptions): Promise<Reply<T>>;
  /** Runs `fn` and returns how many SQL statements reached PostgreSQL meanwhile. */
  statementsDuring(fn: () => Promise<unknown>): Promise<number>;
  /** A new API key of `role` over the subtree of the organisation `scope` ("*": the whole forest), as ask options. */
  credential(role: Role, scope: string): Promise<Credential>;
  close(): Promise<void>;
}

/**
 * The headers of every request the tests send: the one place to add what all requests must carry.
 * Like any client, tests send a credential: the gateway's admin key unless they name another.
 */
function requestHeaders(authorization: string, options: AskOptions = {}): Record<string, string> {
  const headers: Record<string, string> = { authorization, ...options.headers };
  if (headers.authorization === '') delete headers.authorization;
  return headers;
}

/** The one GraphQL request the tests build, whichever way it travels (requestHeaders adds the rest). */
function graphqlPost(query: string, variables: Record<string, unknown> | undefined, options: AskOptions = {}) {
  return {
    method: 'POST' as const,
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables }),
  };
}

/** Creates an API key in the database directly, as `npm run key -- create` would. */
async function createKey(orm: MikroORM, role: Role, scope: string): Promise<Credential> {
  const name = `test ${role} of ${scope}`;
  const service = new ApiKeyService({ em: orm.em.fork(), caller: SYSTEM_CALLER });
  const { key, apiKey } = await service.create({ name, role, scope });
  return { headers: { authorization: `Bearer ${key}` }, subject: `key:${apiKey.id}:${name}` };
}

/** The production gateway (services/gateway/gateway.ts) over `databaseUrl`, not listening until asked. */
export async function startGateway(databaseUrl: string, options: GatewayOptions = {}): Promise<TestGateway> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...options.env });
  const orm = await initORM(databaseUrl, 4, poolLimits(config));
  const app = await createGateway({
    orm,
    config,
    analytics: options.analytics,
    exports: options.exports,
    onCommitted: options.onCommitted,
    metrics: options.metrics,
    logStream: options.logStream,
    webRoot: options.webRoot,
    ready: async () => ({ ready: true, checks: {} }),
  });
  await app.ready();
  const admin = (await createKey(orm, 'admin', '*')).headers.authorization;
  let statements = 0;
  // Every statement MikroORM or the loaders send goes through this knex instance; a credential's
  // lookup is made once per key and cache period, not per request, so it is not counted.
  orm.em.getKnex().on('query', (q: { sql: string }) => {
    if (!q.sql.includes('api_key')) statements += 1;
  });
  let baseUrl: string | undefined;
  const inject = (request: InjectOptions) =>
    app.inject({ ...request, headers: requestHeaders(admin, { headers: request.headers as Record<string, string> }) });
  return {
    app,
    orm,
    inject,
    async ask(query, variables, options) {
      const { method, url, headers, body } = graphqlPost(query, variables, options);
      const res = await inject({ method, url, headers, payload: body });
      return { status: res.statusCode, ...res.json() };
    },
    async listen() {
      await app.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      return baseUrl;
    },
    async askOverHttp(query, variables, options) {
      if (!baseUrl) throw new Error('askOverHttp needs listen() first');
      const { method, url, headers, body } = graphqlPost(query, variables, options);
      const res = await fetch(`${baseUrl}${url}`, { method, headers: requestHeaders(admin, { headers }), body });
      return { status: res.status, ...((await res.json()) as object) };
    },
    credential: (role, scope) => createKey(orm, role, scope),
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
