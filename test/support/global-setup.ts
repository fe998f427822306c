import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL on the test PostgreSQL server with rights to create databases. */
    adminDatabaseUrl: string;
  }
}

/** Tests use DATABASE_URL's server when set, otherwise an embedded PostgreSQL of their own. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.DATABASE_URL);
    return async () => {};
  }
  const server = await startEmbeddedPostgres('.data/test-postgres');
  project.provide('adminDatabaseUrl', server.url);
  return () => server.stop();
}
