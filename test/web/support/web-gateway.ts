import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../services/config.js';
import { mountRoutes } from '../../../services/gateway/routes.js';
import { createServer } from '../../../services/gateway/server.js';

/** A stand-in for dist/web: the two pages and one hashed asset, each saying which file it is. */
export async function fakeWebBuild(): Promise<{ root: string; remove(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cg-web-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>dashboard page</title>');
  await writeFile(path.join(root, 'graphiql.html'), '<!doctype html><title>graphiql page</title>');
  await writeFile(path.join(root, 'assets/main-AbC123.js'), 'console.log("asset")');
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** The production HTTP server with every route of the gateway (mountRoutes), configured by `env`. */
export async function webGateway(
  orm: MikroORM,
  databaseUrl: string,
  webRoot: string,
  env: Record<string, string> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...env });
  const app = await createServer({
    bodyLimit: config.GRAPHQL_MAX_BODY_BYTES,
    logLevel: 'silent',
    ready: async () => ({ ready: true, checks: {} }),
  });
  await mountRoutes(app, { orm, config, webRoot });
  await app.ready();
  return app;
}
