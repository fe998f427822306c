import pg from 'pg';
import { outsideDeadline } from '../services/deadline.js';
import { type Attainment, type AttainmentRequest, attainment } from './attainment.js';
import { catchUpReplica } from './catch-up.js';
import { type CompareRequest, type Comparison, compare } from './compare.js';
import { DuckStore, type Query, type ReadContext, type ReplicaInfo } from './duckdb-store.js';
import { METRICS, type MetricDefinition } from './metric-catalogue.js';
import { organisationValues } from './organisation-values.js';
import { replicaHorizon } from './replica-horizon.js';
import { type SeriesPoint, type SeriesRequest, series } from './series.js';
import { type Share, type ShareRequest, share } from './share.js';
import { syncReplica } from './sync.js';

export interface AnalyticsEngineOptions {
  /** PostgreSQL, the system of record the replica is copied from. */
  databaseUrl: string;
  /** The DuckDB file (created with its directory), or ":memory:". */
  path: string;
  /** Quiet time after the last `requestSync()` before catching up. */
  debounceMs?: number;
  /** Periodic catch-up (writes of other processes on the same database); 0 turns it off. */
  intervalMs?: number;
  /** PostgreSQL sessions copying in parallel from the shared snapshot. */
  copySessions?: number;
  /** The DuckDB file goes away with the engine (default: for ":memory:"): its horizon is released on close, not kept for a day. */
  ephemeral?: boolean;
  /** Longest a question's DuckDB statement may run; unset: no limit beyond the request's deadline. */
  statementTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Freshness of the analytics replica, as `analyticsStatus` and readiness report it. */
export interface AnalyticsStatus {
  /** A replica is published and queries can be answered. */
  ready: boolean;
  syncing: boolean;
  snapshotAt: Date | null;
  durationMs: number | null;
  rows: number | null;
  lastFailureAt: Date | null;
}

type Refresh = 'full' | 'catch-up';

/**
 * The DuckDB analytics replica of PostgreSQL and the questions it answers. A full sync builds it
 * (at start, and to repair: no horizon, a pruned log, a failed catch-up, too many changes);
 * catch-ups then apply what changed since. They run one at a time: a call during one gets the
 * next, which starts when the current one ends (a full sync if either asked for one), so the
 * caller always receives data at least as fresh as its call.
 */
export class AnalyticsEngine {
  private readonly store: DuckStore;
  private readonly log: (line: string) => void;
  private info?: ReplicaInfo;
  private running?: Promise<ReplicaInfo>;
  private next?: Promise<ReplicaInfo>;
  private nextKind: Refresh = 'catch-up';
  /** A few short sessions for the change log and horizons (never held across DuckDB work). */
  private readonly pool: pg.Pool;
  private lastFailureAt: Date | null = null;
  private debounce?: NodeJS.Timeout;
  private readonly interval?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: AnalyticsEngineOptions) {
    this.store = new DuckStore(options.path, options.statementTimeoutMs);
    this.log = options.log ?? (() => {});
    this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2, idleTimeoutMillis: 10_000 });
    // A restart of PostgreSQL surfaces in the next refresh, not as an uncaught event.
    this.pool.on('error', () => {});
    if (options.intervalMs) {
      this.interval = setInterval(() => this.refreshInBackground('catch-up', 'interval'), options.intervalMs);
      this.interval.unref();
    }
  }

  /** A full sync: a new replica from one snapshot (start-up, repair). */
  sync(): Promise<ReplicaInfo> {
    return this.refresh('full');
  }

  /** Applies what changed since the replica's snapshot (a full sync when it cannot). */
  catchUp(): Promise<ReplicaInfo> {
    return this.refresh('catch-up');
  }

  /**
   * Asks for a catch-up within the debounce window: requests inside a pending window join it, so a
   * burst of writes makes one catch-up, and steady writes one per window (never postponed indefinitely).
   */
  requestSync(): void {
    if (this.closed || this.debounce) return;
    // Asked for by a request's onCommitted: the catch-up is not that request's, nor bound by its deadline.
    this.debounce = outsideDeadline(() =>
      setTimeout(() => {
        this.debounce = undefined;
        this.refreshInBackground('catch-up', 'after writes');
      }, this.options.debounceMs ?? 0),
    );
    this.debounce.unref();
  }

  status(): AnalyticsStatus {
    return {
      ready: this.info !== undefined,
      syncing: this.running !== undefined,
      snapshotAt: this.info ? new Date(this.info.snapshotAt) : null,
      durationMs: this.info?.durationMs ?? null,
      rows: this.info?.rows ?? null,
      lastFailureAt: this.lastFailureAt,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.debounce);
    clearInterval(this.interval);
    await Promise.allSettled([this.running, this.next]);
    if (this.options.ephemeral ?? this.options.path === ':memory:') {
      // Otherwise the log would be kept from this replica's horizon on until the horizon is given up.
      await this.store
        .identity()
        .then((id) => this.withClient((client) => replicaHorizon.release(client, id)))
        .catch((e) => this.log(`analytics horizon not released: ${e instanceof Error ? e.message : String(e)}`));
    }
    await this.store.close();
    await this.pool.end();
  }

  metrics(): readonly MetricDefinition[] {
    return METRICS;
  }

  compare(req: CompareRequest): Promise<Comparison> {
    return this.store.read((q) => compare(q, req));
  }

  attainment(req: AttainmentRequest): Promise<Attainment> {
    return this.store.read((q) => attainment(q, req));
  }

  share(req: ShareRequest): Promise<Share> {
    return this.store.read((q) => share(q, req));
  }

  series(req: SeriesRequest): Promise<SeriesPoint[]> {
    return this.store.read((q) => series(q, req));
  }

  /** Any reading of the replica (exports, reviews), every statement pinned to one generation. */
  read<T>(fn: (query: Query, context: ReadContext) => Promise<T>): Promise<T> {
    return this.store.read(fn);
  }

  /** `metric` in `period` for each organisation's subtree, in the order given (one statement). */
  organisationValues(metric: string, period: string, organisationIds: readonly number[]): Promise<number[]> {
    return this.store.read((q) => organisationValues(q, metric, period, organisationIds));
  }

  private refresh(kind: Refresh): Promise<ReplicaInfo> {
    if (this.closed) return Promise.reject(new Error('analytics engine is closed'));
    if (!this.running) {
      this.running = this.run(kind).finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    if (kind === 'full') this.nextKind = 'full';
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        const next = this.nextKind;
        this.next = undefined;
        this.nextKind = 'catch-up';
        return this.refresh(next);
      });
    return this.next;
  }

  private async run(kind: Refresh): Promise<ReplicaInfo> {
    try {
      if (kind === 'catch-up') {
        const caughtUp = await this.withClient((client) => catchUpReplica(client, this.store)).catch((e: unknown) => ({
          kind: 'full-sync' as const,
          why: `the catch-up failed (${e instanceof Error ? e.message : String(e)})`,
        }));
        if (caughtUp.kind === 'applied') {
          this.info = caughtUp.info;
          if (caughtUp.rows) this.log(`analytics caught up: ${caughtUp.rows} rows in ${caughtUp.info.durationMs} ms`);
          return this.info;
        }
        this.log(`analytics full sync: ${caughtUp.why}`);
      }
      return await this.fullSync();
    } catch (e) {
      this.lastFailureAt = new Date();
      // The previous replica (possibly one a former run left in the file) keeps answering.
      this.info = await this.store.current().catch(() => this.info);
      throw e;
    }
  }

  private async fullSync(): Promise<ReplicaInfo> {
    const replicaId = await this.store.identity();
    // Held from before the snapshot is taken, so no change after it is pruned while it copies.
    await this.withClient((client) => replicaHorizon.hold(client, replicaId, 'now'));
    this.info = await syncReplica(this.options.databaseUrl, this.store, this.options.copySessions);
    const horizon = this.info.horizon;
    if (horizon) await this.withClient((client) => replicaHorizon.hold(client, replicaId, horizon));
    this.log(`analytics synced: ${this.info.rows} rows in ${this.info.durationMs} ms`);
    return this.info;
  }

  private async withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const result = await fn(client);
      client.release();
      return result;
    } catch (e) {
      // A session that failed mid-way (a restart, a cancelled statement) is not reused.
      client.release(e instanceof Error ? e : true);
      throw e;
    }
  }

  private refreshInBackground(kind: Refresh, why: string): void {
    this.refresh(kind).catch((e) =>
      this.log(`analytics ${kind} (${why}) failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
}
