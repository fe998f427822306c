import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useGateway } from './support/use-gateway.js';

describe('graceful shutdown', () => {
  const fx = useGateway();

  it('finishes a request in flight, then stops accepting', async () => {
    const url = await fx.gw.app.listen({ port: 0, host: '127.0.0.1' });
    const locker = new pg.Client({ connectionString: fx.db.url });
    await locker.connect();
    // Holding a lock keeps the next request waiting inside PostgreSQL while the server closes.
    await locker.query('begin');
    await locker.query('lock table organisation in access exclusive mode');
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisation(code: "TU") { name } }' }),
    });
    await new Promise((r) => setTimeout(r, 200));
    let closed = false;
    const closing = fx.gw.app.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toBe(false);
    await locker.query('commit');
    await locker.end();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { organisation: { name: 'Thành ủy Hà Nội' } } });
    await closing;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
