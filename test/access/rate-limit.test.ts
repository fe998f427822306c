import { describe, expect, it } from 'vitest';
import { useGateway } from '../gateway/support/use-gateway.js';

const Q = '{ __typename }';

describe('rate limits', () => {
  const fx = useGateway({ env: { RATE_LIMIT_PER_CREDENTIAL: '3', RATE_LIMIT_PER_ADDRESS: '8' } });

  it('holds each credential to its budget, in the GraphQL error shape, without touching the others', async () => {
    const a = await fx.gw.credential('viewer', '*');
    const b = await fx.gw.credential('viewer', '*');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fx.gw.ask(Q, {}, a)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fx.gw.ask(Q, {}, a);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const raw = await fx.gw.inject({ method: 'POST', url: '/graphql', headers: a.headers, payload: { query: Q } });
    expect(Number(raw.headers['retry-after'])).toBeGreaterThan(0);
    expect((await fx.gw.ask(Q, {}, b)).status).toBe(200);
  });

  it('holds one address to its budget whatever credentials it uses, failed ones included', async () => {
    const c = await fx.gw.credential('viewer', '*');
    // This file's earlier requests came from the same address: 7 of its 8, so one more passes.
    expect((await fx.gw.ask(Q, {}, c)).status).toBe(200);
    const refusals = [
      await fx.gw.ask(Q, {}, c),
      await fx.gw.ask(Q, {}, { headers: { authorization: 'Bearer cgk_unknown' } }),
      await fx.gw.ask(Q, {}, { headers: { authorization: '' } }),
    ];
    for (const r of refusals)
      expect(r).toMatchObject({ status: 429, errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });
});
