import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { ExportFileRecord } from './export-file-record.js';
import { ExportOutput } from './export-output.entity.js';
import { ExportSchedule } from './export-schedule.entity.js';

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/**
 * One export: on demand, or one due slot of a schedule. (schedule, slot) is unique, so a slot
 * claimed twice (two processes, a retried job) is one run. Its spec and formats are copied when it
 * is asked for, so a later change of the schedule does not change what it writes.
 */
@Entity({ tableName: 'export_run' })
@Unique({ properties: ['schedule', 'slot'] })
export class ExportRun extends ExportOutput {
  @ManyToOne(() => ExportSchedule, { nullable: true, deleteRule: 'set null' })
  schedule?: ExportSchedule | null;

  /** The cron instant a scheduled run is for; null on demand. */
  @Property({ type: 'datetime', nullable: true })
  slot?: Date | null;

  /** The period as asked, e.g. "H-1". */
  @Property({ type: 'text' })
  periodText!: string;

  /** The instant relative periods resolve at: the slot, or when the run was asked for. */
  @Property({ type: 'datetime' })
  resolveAt!: Date;

  /** The absolute period it resolved to, e.g. "2022-H1", and its label. */
  @Property({ type: 'text', nullable: true })
  periodKey?: string | null;

  @Property({ type: 'text', nullable: true })
  periodLabel?: string | null;

  @Enum({ items: () => RUN_STATUSES, default: 'queued' })
  status: RunStatus = 'queued';

  /** Who asked (the caller of runExport, or "scheduler"). */
  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  /** PostgreSQL snapshot time of the replica the run read. */
  @Property({ type: 'datetime', nullable: true })
  snapshotAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  errorCode?: string | null;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'json', nullable: true })
  errorField?: (string | number)[] | null;

  @Property({ type: 'json', nullable: true })
  files?: ExportFileRecord[] | null;

  /** Set when retention removed the run's folder. */
  @Property({ type: 'datetime', nullable: true })
  prunedAt?: Date | null;
}
