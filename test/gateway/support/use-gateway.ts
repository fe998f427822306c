import { afterAll, beforeAll } from 'vitest';
import type { WorldOptions } from '../../support/database.js';
import { type DatabaseHandle, useDatabase } from '../../support/use-database.js';
import { loadFixture } from './fixture.js';
import { startGateway, type TestGateway } from './gateway.js';

export interface GatewayHandle extends DatabaseHandle {
  gw: TestGateway;
}

export interface GatewayOptions {
  /** A generated world to serve; without one, the small hand-made fixture is loaded. */
  world?: WorldOptions;
  /** Configuration overrides for the gateway. */
  env?: Record<string, string>;
}

/** useDatabase holding the fixture (or `world`), plus the production gateway over it. */
export function useGateway({ world, env }: GatewayOptions = {}): GatewayHandle {
  // gw is set by the beforeAll below, before any test reads it.
  const handle = useDatabase(world) as GatewayHandle;
  beforeAll(async () => {
    if (!world) await loadFixture(handle.db.url);
    handle.gw = await startGateway(handle.db.url, env);
  });
  // Vitest runs after-hooks in reverse order: the gateway closes before the database is dropped.
  afterAll(async () => {
    await handle.gw?.close();
  });
  return handle;
}
