import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../../services/gateway/metrics.js';
import { useGateway } from './support/use-gateway.js';

const metrics = new Metrics();
const lines: Record<string, unknown>[] = [];
const logStream = new PassThrough();
logStream.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
});

/** The production server with metrics, its log lines captured, answering to one configured extra host. */
describe('the HTTP server as production runs it', () => {
  const fx = useGateway({
    env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', ALLOWED_HOSTS: 'civicgraph.example.org' },
    metrics,
    logStream,
  });
  beforeAll(() => metrics.watchPool(fx.gw.orm));

  const ask = (query: string, headers: Record<string, string> = {}) =>
    fx.gw.inject({ method: 'POST', url: '/graphql', payload: { query }, headers });

  it('sends security headers, with a policy that allows only same-origin scripts and styles', async () => {
    const res = await fx.gw.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'.*style-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('answers only to loopback names and ALLOWED_HOSTS; probes answer to any', async () => {
    expect((await ask('{ __typename }', { host: 'localhost:4000' })).statusCode).toBe(200);
    expect((await ask('{ __typename }', { host: 'civicgraph.example.org' })).statusCode).toBe(200);
    const rebound = await ask('{ __typename }', { host: 'attacker.example:4000' });
    expect(rebound.statusCode).toBe(421);
    expect(rebound.json().errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    const probe = await fx.gw.inject({ method: 'GET', url: '/healthz', headers: { host: '10.1.2.3:4000' } });
    expect(probe.statusCode).toBe(200);
  });

  it("serves browsers no page of Apollo's, which would load from a CDN", async () => {
    const res = await fx.gw.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(res.body).not.toMatch(/apollographql|embeddable-sandbox|https:\/\//i);
  });

  it('logs every masked internal error with its request id, and no variables', async () => {
    await fx.sql.query('alter table index_score rename to index_score_gone');
    try {
      const res = await fx.gw.inject({
        method: 'POST',
        url: '/graphql',
        payload: {
          query: 'query Scores($y: Int) { indexScores(year: $y) { nodes { year } } }',
          variables: { y: 1987 },
        },
      });
      expect(res.json().errors[0]).toMatchObject({ message: 'Internal server error' });
      const logged = lines.find((l) => l.msg === 'internal error (masked for the client)');
      expect(logged).toMatchObject({ level: 50, reqId: expect.stringMatching(/^req-/), operationName: 'Scores' });
      expect(JSON.stringify(logged)).toMatch(/index_score/);
      expect(JSON.stringify(logged)).not.toMatch(/1987/);
    } finally {
      await fx.sql.query('alter table index_score_gone rename to index_score');
    }
  });

  it('exposes Prometheus metrics: requests, latency, errors by code, pool use', async () => {
    await ask('{ people(search: "a") { totalCount } }');
    const res = await fx.gw.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/civicgraph_http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(res.body).toMatch(/civicgraph_http_request_duration_seconds_bucket/);
    expect(res.body).toMatch(/civicgraph_graphql_errors_total\{code="SEARCH_TOO_SHORT"\} 1/);
    expect(res.body).toMatch(/civicgraph_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} 1/);
    expect(res.body).toMatch(/civicgraph_db_pool_connections\{state="used"\} \d+/);
    expect(res.body).toMatch(/civicgraph_heavy_requests\{state="waiting"\} 0/);
  });
});
