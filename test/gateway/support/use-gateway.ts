import { afterAll, beforeAll } from 'vitest';
import type { WorldOptions } from '../../support/database.js';
import { type GatewayOptions as StartOptions, startGateway, type TestGateway } from '../../support/gateway.js';
import { type DatabaseHandle, useDatabase } from '../../support/use-database.js';
import { loadFixture } from './fixture.js';

export interface GatewayHandle extends DatabaseHandle {
  gw: TestGateway;
}

export interface GatewayOptions extends StartOptions {
  /** A generated world to serve; without one, the small hand-made fixture is loaded. */
  world?: WorldOptions;
}

/** useDatabase holding the fixture (or `world`), plus the production gateway over it. */
export function useGateway({ world, ...start }: GatewayOptions = {}): GatewayHandle {
  // gw is set by the beforeAll below, before any test reads it.
  const handle = useDatabase(world) as GatewayHandle;
  beforeAll(async () => {
    if (!world) await loadFixture(handle.db.url);
    handle.gw = await startGateway(handle.db.url, start);
  });
  // Vitest runs after-hooks in reverse order: the gateway closes before the database is dropped.
  afterAll(async () => {
    await handle.gw?.close();
  });
  return handle;
}
