import { type Attainment, type AttainmentRequest, attainment } from './attainment.js';
import { type CompareRequest, type Comparison, compare } from './compare.js';
import { DuckStore, type Query, type ReadContext, type ReplicaInfo } from './duckdb-store.js';
import { METRICS, type MetricDefinition } from './metric-catalogue.js';
import { organisationValues } from './organisation-values.js';
import { type SeriesPoint, type SeriesRequest, series } from './series.js';
import { type Share, type ShareRequest, share } from './share.js';
import { syncReplica } from './sync.js';

export interface AnalyticsEngineOptions {
  /** PostgreSQL, the system of record the replica is copied from. */
  databaseUrl: string;
  /** The DuckDB file (created with its directory), or ":memory:". */
  path: string;
  /** Quiet time after the last `requestSync()` before syncing. */
  debounceMs?: number;
  /** Periodic full sync; 0 turns it off. */
  intervalMs?: number;
  /** PostgreSQL sessions copying in parallel from the shared snapshot. */
  copySessions?: number;
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

/**
 * The DuckDB analytics replica of PostgreSQL and the questions it answers. Syncs run one at a
 * time: a call during a sync gets the next one, which starts when the current one ends, so the
 * caller always receives data at least as fresh as its call.
 */
export class AnalyticsEngine {
  private readonly store: DuckStore;
  private readonly log: (line: string) => void;
  private info?: ReplicaInfo;
  private running?: Promise<ReplicaInfo>;
  private next?: Promise<ReplicaInfo>;
  private lastFailureAt: Date | null = null;
  private debounce?: NodeJS.Timeout;
  private readonly interval?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: AnalyticsEngineOptions) {
    this.store = new DuckStore(options.path, options.statementTimeoutMs);
    this.log = options.log ?? (() => {});
    if (options.intervalMs) {
      this.interval = setInterval(() => this.syncInBackground('interval'), options.intervalMs);
      this.interval.unref();
    }
  }

  sync(): Promise<ReplicaInfo> {
    if (this.closed) return Promise.reject(new Error('analytics engine is closed'));
    if (!this.running) {
      this.running = this.runSync().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.sync();
      });
    return this.next;
  }

  /** Asks for a sync soon; repeated calls within the debounce window make one sync. */
  requestSync(): void {
    if (this.closed) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.syncInBackground('after writes'), this.options.debounceMs ?? 0);
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
    await this.store.close();
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

  private async runSync(): Promise<ReplicaInfo> {
    try {
      this.info = await syncReplica(this.options.databaseUrl, this.store, this.options.copySessions);
      this.log(`analytics synced: ${this.info.rows} rows in ${this.info.durationMs} ms`);
      return this.info;
    } catch (e) {
      this.lastFailureAt = new Date();
      // The previous replica (possibly one a former run left in the file) keeps answering.
      this.info = await this.store.current().catch(() => this.info);
      throw e;
    }
  }

  private syncInBackground(why: string): void {
    this.sync().catch((e) => this.log(`analytics sync (${why}) failed: ${e instanceof Error ? e.message : String(e)}`));
  }
}
