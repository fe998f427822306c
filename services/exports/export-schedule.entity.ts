import { Check, Entity, Property } from '@mikro-orm/core';
import { ExportOutput } from './export-output.entity.js';

/** A spec run on a cron schedule (Asia/Ho_Chi_Minh); pg-boss fires it, export_run records each slot. */
@Entity({ tableName: 'export_schedule' })
@Check({ name: 'export_schedule_keep_runs_check', expression: '((keep_runs >= 1) AND (keep_runs <= 1000))' })
@Check({ name: 'export_schedule_formats_check', expression: '(cardinality(formats) > 0)' })
export class ExportSchedule extends ExportOutput {
  @Property({ type: 'text', unique: true })
  name!: string;

  /** Five-field cron expression, read in Asia/Ho_Chi_Minh. */
  @Property({ type: 'text' })
  cron!: string;

  /** Absolute or relative (H-1, Q-1, M-1, Y-1, YTD), resolved when a slot is due. */
  @Property({ type: 'text' })
  period!: string;

  /** Runs whose files are kept; older runs' folders are removed after each success. */
  @Property({ type: 'integer', default: 10 })
  keepRuns: number = 10;
}
