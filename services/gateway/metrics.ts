import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AnalyticsEngine } from '../../analytics/engine.js';
import type { RequestGate } from './request-gate.js';

interface PoolView {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * The Prometheus metrics of one server, served at GET /metrics: request rate and latency by route
 * and status, GraphQL errors by code, database pool use, the expensive-request gate, and the
 * analytics replica's age, so an operator sees the next stall before the users do.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'civicgraph_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'civicgraph_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'civicgraph_graphql_errors_total',
    help: 'GraphQL errors by the code clients see (INTERNAL_SERVER_ERROR for masked ones).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly compiled = new Counter({
    name: 'civicgraph_graphql_compiled_reads_total',
    help: 'Reads answered by one compiled SQL statement instead of the resolvers (COMPILED_READS).',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'civicgraph_' });
  }

  /** Times every request of `app` and serves the registry at GET /metrics. */
  instrument(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unknown';
      this.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
      this.latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
    app.get('/metrics', async (_request, reply) => {
      reply.header('content-type', this.registry.contentType);
      return this.registry.metrics();
    });
  }

  graphqlError(code: string): void {
    this.errors.inc({ code });
  }

  compiledRead(): void {
    this.compiled.inc();
  }

  watchPool(orm: MikroORM): void {
    const pool = () => (orm.em.getKnex().client as { pool?: PoolView }).pool;
    this.gauge('civicgraph_db_pool_connections', 'PostgreSQL pool connections in use, idle, and waited for.', (g) => {
      const p = pool();
      g.set({ state: 'used' }, p?.numUsed() ?? 0);
      g.set({ state: 'free' }, p?.numFree() ?? 0);
      g.set({ state: 'pending' }, p?.numPendingAcquires() ?? 0);
    });
  }

  watchGate(gate: RequestGate): void {
    this.gauge('civicgraph_heavy_requests', 'Expensive requests running and waiting for a slot.', (g) => {
      const load = gate.load();
      g.set({ state: 'active' }, load.active);
      g.set({ state: 'waiting' }, load.waiting);
    });
  }

  watchReplica(analytics: AnalyticsEngine): void {
    new Gauge({
      name: 'civicgraph_analytics_replica_age_seconds',
      help: 'Age of the analytics replica snapshot (-1 before the first sync).',
      registers: [this.registry],
      collect() {
        const at = analytics.status().snapshotAt;
        this.set(at ? (Date.now() - at.getTime()) / 1000 : -1);
      },
    });
  }

  private gauge(name: string, help: string, fill: (g: Gauge<'state'>) => void): void {
    new Gauge({
      name,
      help,
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        fill(this);
      },
    });
  }
}
