import type { ExportFormat } from './export-formats.js';

/** A spec as stored: JSON that analytics/exports/check-spec.ts checked before it was stored, and checks again when it runs. */
export type StoredSpec = Record<string, unknown>;

export interface CheckedRun {
  scheduleId?: number;
  spec?: StoredSpec;
  period: string;
  formats?: ExportFormat[];
  csvBom?: boolean;
}

export interface CheckedSchedule {
  name: string;
  cron: string;
  period: string;
  spec: StoredSpec;
  formats: ExportFormat[];
  csvBom?: boolean;
  keepRuns?: number;
}

/**
 * The checks of export inputs (a spec is checked by the analytics it asks, a period by their
 * grammar); the composition root hands them to the services, so storage imports no analytics.
 */
export interface ExportChecks {
  run(raw: unknown): Promise<CheckedRun>;
  schedule(raw: unknown): Promise<CheckedSchedule>;
  scheduleChanges(raw: unknown): Promise<Partial<CheckedSchedule>>;
}
