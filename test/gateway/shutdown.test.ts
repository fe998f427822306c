import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useGateway } from './support/use-gateway.js';

/** Polls `check` until it holds: the tests wait for a state, never for a fixed time. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('graceful shutdown', () => {
  const fx = useGateway();

  it('stops accepting at once, finishes the request in flight, then closes', async () => {
    const url = await fx.gw.listen();
    const locker = new pg.Client({ connectionString: fx.db.url });
    await locker.connect();
    // Holding a lock keeps the request waiting inside PostgreSQL while the server closes.
    await locker.query('begin');
    await locker.query('lock table organisation in access exclusive mode');
    const order: string[] = [];
    const inFlight = fx.gw.askOverHttp(`{ organisation(code: "TU") { name } }`).finally(() => order.push('answered'));
    await until('the request waits on the lock', async () => {
      const r = await locker.query(
        `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
      );
      return r.rows[0].n > 0;
    });

    const closing = fx.gw.app.close().then(() => order.push('closed'));
    await until('new connections are refused', () =>
      fetch(`${url}/healthz`).then(
        () => false,
        () => true,
      ),
    );
    // The lock is still held, so the request cannot have been answered, nor the server closed.
    expect(order).toEqual([]);

    await locker.query('commit');
    await locker.end();
    expect(await inFlight).toEqual({ status: 200, data: { organisation: { name: 'Thành ủy Hà Nội' } } });
    await closing;
  });
});
