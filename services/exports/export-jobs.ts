import PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import { outsideDeadline } from '../deadline.js';
import { withAdvisoryLock } from './advisory-lock.js';
import { SCHEDULE_TZ } from './schedule-slot.js';

/** On-demand runs: one job per run. */
export const RUN_QUEUE = 'export-run';
/** pg-boss keeps one cron per queue, so each schedule has its own queue. */
export const scheduleQueue = (scheduleId: number) => `export-schedule-${scheduleId}`;
const SCHEDULE_QUEUE = /^export-schedule-(\d+)$/;
/** Serialises pg-boss queue creation and removal across processes. */
const QUEUE_DDL_LOCK = [0x65787071, 0] as const;

export interface RunJob {
  runId: number;
}
export interface SlotJob {
  scheduleId: number;
}

export interface ExportHandlers {
  run(runId: number, lastAttempt: boolean): Promise<void>;
  /** A due slot of a schedule, created by pg-boss at `createdOn`. */
  slot(scheduleId: number, createdOn: Date, lastAttempt: boolean): Promise<void>;
}

type RetryOptions = Pick<PgBoss.SendOptions, 'retryLimit' | 'retryDelay' | 'retryBackoff' | 'expireInSeconds'>;

/**
 * The pg-boss side of exports: queues, crons in Asia/Ho_Chi_Minh, retries with backoff, expiry of
 * runs whose process died (they are retried). pg-boss lets one process check the crons per
 * interval and sends each due slot once; workers in any number of processes take jobs.
 */
export class ExportJobs {
  private readonly retry: RetryOptions;
  private handlers?: ExportHandlers;
  private readonly watched = new Set<string>();
  private refresh?: NodeJS.Timeout;

  private constructor(
    private readonly boss: PgBoss,
    private readonly databaseUrl: string,
    config: Config,
    private readonly log: (line: string) => void,
  ) {
    this.retry = {
      retryLimit: config.EXPORT_RETRY_LIMIT,
      retryDelay: config.EXPORT_RETRY_DELAY_S,
      retryBackoff: true,
      expireInSeconds: config.EXPORT_RUN_TIMEOUT_S,
    };
  }

  static async start(databaseUrl: string, config: Config, log: (line: string) => void): Promise<ExportJobs> {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      max: 4,
      // A slot is found within a few seconds of its minute (see schedule-slot.ts).
      cronMonitorIntervalSeconds: 5,
      cronWorkerIntervalSeconds: 1,
      maintenanceIntervalSeconds: config.EXPORT_MAINTENANCE_INTERVAL_S,
    });
    // Without a listener pg-boss rethrows errors (a database restart) and would end the process.
    boss.on('error', (e) => log(`export jobs: ${e.message}`));
    await boss.start();
    const jobs = new ExportJobs(boss, databaseUrl, config, log);
    await jobs.ensureQueue(RUN_QUEUE);
    return jobs;
  }

  async enqueueRun(runId: number): Promise<void> {
    await this.boss.send(RUN_QUEUE, { runId } satisfies RunJob, { ...this.retry, singletonKey: `run-${runId}` });
  }

  /** Creates or replaces the cron of a schedule. */
  async putSchedule(scheduleId: number, cron: string): Promise<void> {
    const queue = scheduleQueue(scheduleId);
    await this.ensureQueue(queue);
    await this.boss.schedule(queue, cron, { scheduleId } satisfies SlotJob, { tz: SCHEDULE_TZ, ...this.retry });
    await this.watch(queue);
  }

  async removeSchedule(scheduleId: number): Promise<void> {
    const queue = scheduleQueue(scheduleId);
    await this.boss.unschedule(queue);
    if (this.watched.delete(queue)) await this.boss.offWork(queue);
    await withAdvisoryLock(this.databaseUrl, QUEUE_DDL_LOCK, true, () => this.boss.deleteQueue(queue));
  }

  /**
   * Starts taking jobs in this process: on-demand runs, and the slots of every schedule's queue,
   * looked up again every `refreshMs` so schedules created by other processes are served too.
   */
  async work(handlers: ExportHandlers, refreshMs = 10_000): Promise<void> {
    this.handlers = handlers;
    await this.boss.work<RunJob>(RUN_QUEUE, { includeMetadata: true, batchSize: 1 }, async ([job]) => {
      if (job) await handlers.run(job.data.runId, job.retryCount >= job.retryLimit);
    });
    await this.watchSchedules();
    this.refresh = setInterval(() => {
      this.watchSchedules().catch((e) => this.log(`export jobs: ${e instanceof Error ? e.message : String(e)}`));
    }, refreshMs);
    this.refresh.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.refresh);
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }

  /**
   * Creates a queue unless it exists. pg-boss creates a table per queue, and two processes doing it
   * at once deadlock, so creation is serialised across processes by an advisory lock.
   */
  private async ensureQueue(name: string): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    await withAdvisoryLock(this.databaseUrl, QUEUE_DDL_LOCK, true, async () => {
      if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, ...this.retry });
    });
  }

  private async watchSchedules(): Promise<void> {
    for (const { name } of await this.boss.getSchedules()) if (SCHEDULE_QUEUE.test(name)) await this.watch(name);
  }

  private async watch(queue: string): Promise<void> {
    const handlers = this.handlers;
    if (!handlers || this.watched.has(queue)) return;
    this.watched.add(queue);
    // A schedule created by a request starts its worker here: its jobs must not run on that request's deadline.
    await outsideDeadline(() =>
      this.boss.work<SlotJob>(queue, { includeMetadata: true, batchSize: 1 }, async ([job]) => {
        if (job) await handlers.slot(job.data.scheduleId, job.createdOn, job.retryCount >= job.retryLimit);
      }),
    );
  }
}
