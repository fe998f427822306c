import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../services/config.js';
import { claimSlot } from '../../services/exports/claim-slot.js';
import { ExportJobs } from '../../services/exports/export-jobs.js';
import { ExportSchedule } from '../../services/exports/export-schedule.entity.js';
import { slotOf } from '../../services/exports/schedule-slot.js';
import type { AnalyticsEngine } from '../engine.js';
import { RunExecutor } from './run-executor.js';

export interface ExportsOptions {
  orm: MikroORM;
  engine: AnalyticsEngine;
  databaseUrl: string;
  config: Config;
  /** Take jobs in this process (npm start with EXPORT_WORKER, npm run worker); otherwise only queue them. */
  work: boolean;
  log: (line: string) => void;
}

/** The export side of a process: pg-boss queues and crons, and (when working) the executor of runs. */
export class Exports {
  private constructor(
    readonly jobs: ExportJobs,
    readonly exportDir: string,
    private readonly orm: MikroORM,
    private readonly executor: RunExecutor,
  ) {}

  static async start(o: ExportsOptions): Promise<Exports> {
    const jobs = await ExportJobs.start(o.databaseUrl, o.config, o.log);
    const executor = new RunExecutor({
      orm: o.orm,
      databaseUrl: o.databaseUrl,
      engine: o.engine,
      exportDir: o.config.exportDir,
      log: o.log,
    });
    const exports = new Exports(jobs, o.config.exportDir, o.orm, executor);
    try {
      await exports.reconcile();
      if (o.work) {
        await jobs.work({
          run: (runId, last) => executor.execute(runId, last),
          slot: (scheduleId, createdOn, last) => exports.runSlot(scheduleId, createdOn, last),
        });
      }
    } catch (e) {
      await jobs.stop();
      throw e;
    }
    return exports;
  }

  stop(): Promise<void> {
    return this.jobs.stop();
  }

  /** Puts every schedule's cron into pg-boss (idempotent): a crash between a schedule's commit and its cron is repaired here. */
  private async reconcile(): Promise<void> {
    for (const s of await this.orm.em.fork().find(ExportSchedule, {})) await this.jobs.putSchedule(s.id, s.cron);
  }

  private async runSlot(scheduleId: number, createdOn: Date, lastAttempt: boolean): Promise<void> {
    const em = this.orm.em.fork();
    const schedule = await em.findOne(ExportSchedule, scheduleId);
    if (!schedule) return;
    const runId = await claimSlot(em, schedule, slotOf(schedule.cron, createdOn));
    await this.executor.execute(runId, lastAttempt);
  }
}
