/** Freshness of the analytics replica, as `analyticsStatus` reports it. */
export interface AnalyticsStatus {
  ready: boolean;
  snapshotAt: Date | null;
  durationMs: number | null;
  rows: number | null;
}

/** The DuckDB analytics replica of PostgreSQL and the questions it answers (being built: issue 4). */
export class AnalyticsEngine {
  async sync(): Promise<AnalyticsStatus> {
    return this.status();
  }

  requestSync(): void {}

  status(): AnalyticsStatus {
    return { ready: false, snapshotAt: null, durationMs: null, rows: null };
  }

  async close(): Promise<void> {}
}
