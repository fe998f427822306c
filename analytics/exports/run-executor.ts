import { rm } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import { withAdvisoryLock } from '../../services/exports/advisory-lock.js';
import { describeFailure } from '../../services/exports/export-failure.js';
import { ExportRun } from '../../services/exports/export-run.entity.js';
import { runFolder } from '../../services/exports/run-folder.js';
import type { AnalyticsEngine } from '../engine.js';
import { resolvePeriod } from '../relative-period.js';
import { checkSpec } from './check-spec.js';
import { produceExport } from './produce-export.js';

/** Key space of the advisory locks that say "an attempt of this run is in progress". */
const RUN_LOCK = 0x65787074;

export interface ExecutorDeps {
  orm: MikroORM;
  databaseUrl: string;
  engine: AnalyticsEngine;
  exportDir: string;
  log: (line: string) => void;
}

/**
 * Carries out one export run and records its outcome in export_run. A run that already succeeded
 * is left alone (a job delivered twice writes nothing twice). A failure is recorded; it is thrown
 * again (so pg-boss retries with backoff) only when retrying can help and attempts remain.
 */
export class RunExecutor {
  constructor(private readonly deps: ExecutorDeps) {}

  async execute(runId: number, lastAttempt: boolean): Promise<void> {
    // One attempt at a time: a job retried after EXPORT_RUN_TIMEOUT_S while the first attempt still
    // writes does nothing (and is retried later); a killed attempt's lock goes with its connection.
    const ran = await withAdvisoryLock(this.deps.databaseUrl, [RUN_LOCK, runId], false, () =>
      this.attempt(runId, lastAttempt),
    );
    if (!ran) throw new Error(`export run ${runId} is being written by another attempt`);
  }

  private async attempt(runId: number, lastAttempt: boolean): Promise<void> {
    const em = this.deps.orm.em.fork();
    const run = await em.findOne(ExportRun, runId, { populate: ['schedule'] });
    if (!run || run.status === 'succeeded') return;
    run.status = 'running';
    run.attempts += 1;
    run.startedAt = new Date();
    Object.assign(run, { finishedAt: null, errorCode: null, error: null, errorField: null });
    await em.flush();
    try {
      const period = resolvePeriod(run.periodText, run.resolveAt, ['period']);
      const spec = await checkSpec(run.spec, ['spec']);
      const produced = await produceExport(this.deps.engine, runFolder(this.deps.exportDir, run.id), {
        runId: run.id,
        spec,
        period,
        periodText: run.periodText,
        resolvedAt: run.resolveAt,
        formats: run.formats,
        csvBom: run.csvBom,
        ownerScopeId: run.ownerScope?.id ?? null,
      });
      Object.assign(run, {
        status: 'succeeded',
        periodKey: period.key,
        periodLabel: period.label,
        snapshotAt: new Date(produced.snapshotAt),
        files: produced.files,
        finishedAt: new Date(),
      });
      await em.flush();
      this.deps.log(`export run ${run.id}: ${produced.files.length} files for ${period.key}`);
      if (run.schedule) await this.prune(run.schedule.id, run.schedule.keepRuns);
    } catch (e) {
      const failure = describeFailure(e);
      const again = failure.retry && !lastAttempt;
      this.deps.log(`export run ${run.id} failed (${failure.code}${again ? ', will retry' : ''}): ${String(e)}`);
      Object.assign(run, {
        status: again ? 'queued' : 'failed',
        errorCode: failure.code,
        error: failure.message,
        errorField: failure.field,
        finishedAt: again ? null : new Date(),
      });
      await em.flush();
      if (again) throw e;
    }
  }

  /** Retention by count per schedule: folders of succeeded runs past the newest `keep` are removed. */
  private async prune(scheduleId: number, keep: number): Promise<void> {
    const em = this.deps.orm.em.fork();
    const old = await em.find(
      ExportRun,
      { schedule: scheduleId, status: 'succeeded', prunedAt: null },
      { orderBy: { id: 'desc' }, offset: keep },
    );
    for (const run of old) {
      await rm(runFolder(this.deps.exportDir, run.id), { recursive: true, force: true });
      run.prunedAt = new Date();
    }
    await em.flush();
  }
}
