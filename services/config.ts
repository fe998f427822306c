import { availableParallelism } from 'node:os';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const ms = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const list = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
// An origin as browsers send it: scheme, host and port, nothing after.
const origin = z
  .string()
  .refine((v) => URL.canParse(v) && new URL(v).origin === v, 'must be an origin like https://example.org');

// Every environment variable the platform reads; README.md documents each one.
const schema = z.object({
  // Errors are masked unless development is asked for: a server started as-is leaks no internals.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  ALLOWED_HOSTS: list(
    z.string().regex(/^(\*|[A-Za-z0-9.:[\]-]+)$/, 'a comma-separated list of host names, or *'),
  ).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORLD_SCALE: z.coerce.number().positive().max(20).default(1),
  WORLD_SEED: z.coerce.number().int().min(0).default(20220713),
  SEED_WHEN_EMPTY: bool.default(true),
  // Gateway processes of `npm start` (node:cluster); 1 serves from the one process, as before.
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DB_ACQUIRE_TIMEOUT_MS: ms(2_000),
  STATEMENT_TIMEOUT_MS: ms(5_000),
  REQUEST_TIMEOUT_MS: ms(10_000),
  BODY_TIMEOUT_MS: ms(10_000),
  SHUTDOWN_TIMEOUT_MS: ms(10_000),
  HEAVY_QUERY_COST: z.coerce.number().int().min(1).default(1_000),
  // Expensive requests keep PostgreSQL busy on a core each: by default half the cores, the rest serve the others.
  HEAVY_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .default(Math.max(1, Math.floor(availableParallelism() / 2))),
  HEAVY_QUEUE: z.coerce.number().int().min(0).default(16),
  ANALYTICS_DB_PATH: z.string().min(1).optional(),
  ANALYTICS_SYNC_INTERVAL_MS: z.coerce.number().int().min(0).default(5_000),
  ANALYTICS_SYNC_DEBOUNCE_MS: z.coerce.number().int().min(0).default(100),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  // Subtree reads are priced for their scan; past HEAVY_QUERY_COST a request queues for the expensive slots.
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(100_000),
  // Reads of the organisation tree answered by one SQL statement each (schema/compiled/); false: resolvers only.
  COMPILED_READS: bool.default(true),
  GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  EXPORT_DIR: z.string().min(1).optional(),
  EXPORT_WORKER: bool.default(true),
  EXPORT_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  EXPORT_RETRY_DELAY_S: z.coerce.number().int().min(1).default(30),
  EXPORT_RUN_TIMEOUT_S: z.coerce.number().int().min(5).max(86_400).default(3600),
  EXPORT_MAINTENANCE_INTERVAL_S: z.coerce.number().int().min(1).max(3600).default(60),
  // Bulk intake: the largest file accepted, and the most data rows one file may hold.
  INTAKE_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 2 ** 20),
  INTAKE_MAX_ROWS: z.coerce.number().int().min(1).max(1_048_575).default(200_000),
  CORS_ORIGINS: list(origin).default([]),
  GRAPHQL_TRUSTED_DOCUMENTS: list(z.string().min(1)).default([]),
  GRAPHQL_GET_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(0),
  // Tokens from an identity provider: a shared secret (development), a JWKS file or a JWKS URL.
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_JWT_ISSUER: z.string().min(1).optional(),
  AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
  AUTH_JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  AUTH_JWT_SCOPE_CLAIM: z.string().min(1).default('org'),
  AUTH_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  RATE_LIMIT_PER_CREDENTIAL: z.coerce.number().int().min(1).default(20_000),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(40_000),
});

export type Config = z.infer<typeof schema> & {
  analyticsDbPath: string;
  exportDir: string;
  introspection: boolean;
  /** Host header names the server answers to; `*` means any. */
  allowedHosts: string[];
};

/** Names a loopback server is always reachable by; anything else must be configured (DNS rebinding). */
const LOOPBACK = ['localhost', '127.0.0.1', '::1', '[::1]'];
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);

/** Reads and validates the environment; an invalid value throws naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const host = c.HOST.toLowerCase();
  return {
    ...c,
    analyticsDbPath: c.ANALYTICS_DB_PATH ?? `${c.DATA_DIR}/analytics.duckdb`,
    exportDir: c.EXPORT_DIR ?? `${c.DATA_DIR}/exports`,
    // The schema is explored in development; a production server shows it only when configured to.
    introspection: c.GRAPHQL_INTROSPECTION ?? c.NODE_ENV === 'development',
    allowedHosts: [
      ...new Set([
        ...LOOPBACK,
        ...(WILDCARD_BINDS.has(host) ? [] : [host]),
        ...(c.ALLOWED_HOSTS ?? []).map((h) => h.toLowerCase()),
      ]),
    ],
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
