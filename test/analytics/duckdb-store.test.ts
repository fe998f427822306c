import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckStore } from '../../analytics/duckdb-store.js';
import { withDeadline } from '../../services/deadline.js';
import { infrastructureError } from '../../services/store/infrastructure-error.js';

/** Counts far past what DuckDB can finish in the test's lifetime, so only an interruption ends it. */
const ENDLESS = 'select count(*) as n from range(1000000000000) a';

async function publishedStore(file: string, statementTimeoutMs?: number): Promise<DuckStore> {
  const store = new DuckStore(file, statementTimeoutMs);
  const { schema } = await store.build((exec) => exec('create table t as select 1 as x'));
  await store.publish(schema, { snapshotAt: new Date().toISOString(), durationMs: 1, rows: 1, horizon: null });
  return store;
}

async function failure(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => expect.unreachable('the statement should have been interrupted'),
    (e: unknown) => e,
  );
}

describe('the DuckDB replica store', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'civicgraph-duck-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("interrupts a read at the request's deadline", async () => {
    const store = await publishedStore(path.join(dir, 'deadline.duckdb'));
    try {
      const error = await failure(withDeadline(200, () => store.read((q) => q(ENDLESS))));
      expect(infrastructureError(error)?.code).toBe('DEADLINE_EXCEEDED');
      expect(await store.read((q) => q('select x from t'))).toEqual([{ x: 1 }]);
    } finally {
      await store.close();
    }
  });

  it('interrupts a read at its statement timeout outside any request', async () => {
    const store = await publishedStore(path.join(dir, 'timeout.duckdb'), 200);
    try {
      expect(infrastructureError(await failure(store.read((q) => q(ENDLESS))))?.code).toBe('DEADLINE_EXCEEDED');
    } finally {
      await store.close();
    }
  });

  it('retries an open that failed instead of keeping the failure', async () => {
    const blocker = path.join(dir, 'blocker');
    await writeFile(blocker, 'a file where the directory should be');
    const store = new DuckStore(path.join(blocker, 'analytics.duckdb'));
    try {
      await expect(store.current()).rejects.toThrow();
      await rm(blocker);
      expect(await store.current()).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
