import { LockMode } from '@mikro-orm/core';
import { DomainError } from '../errors.js';
import { fieldPath } from '../write/parse-input.js';
import { ExportSchedule } from './export-schedule.entity.js';
import { ExportWriteService } from './export-write-service.js';

/**
 * Creates, changes and deletes export schedules: the row in one transaction, then its cron in
 * pg-boss (Exports.reconcile puts back any cron a crash left out of step).
 */
export class ExportScheduleService extends ExportWriteService {
  async create(raw: unknown): Promise<ExportSchedule> {
    const input = await this.checks.schedule(raw);
    const schedule = await this.write(async (w) => {
      await this.nameFree(input.name);
      return w.create(ExportSchedule, {
        ...input,
        ownerScope: this.callerScope(),
        csvBom: input.csvBom ?? false,
        keepRuns: input.keepRuns ?? 10,
      });
    });
    await this.jobs.putSchedule(schedule.id, schedule.cron);
    return schedule;
  }

  async update(id: number, raw: unknown): Promise<ExportSchedule> {
    const input = await this.checks.scheduleChanges(raw);
    const schedule = await this.write(async (w) => {
      const row = await w.find(ExportSchedule, id, fieldPath('id'), LockMode.PESSIMISTIC_WRITE);
      if (input.name !== undefined && input.name !== row.name) await this.nameFree(input.name);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      Object.assign(row, changes);
      w.touch(row);
      return row;
    });
    await this.jobs.putSchedule(schedule.id, schedule.cron);
    return schedule;
  }

  /** Removes the schedule and its cron, returning it as it was; its runs and their files stay (their schedule becomes null). */
  async delete(id: number): Promise<ExportSchedule> {
    const schedule = await this.write(async (w) => {
      const row = await w.find(ExportSchedule, id, fieldPath('id'), LockMode.PESSIMISTIC_WRITE);
      w.em.remove(row);
      return row;
    });
    await this.jobs.removeSchedule(id);
    return schedule;
  }

  private async nameFree(name: string): Promise<void> {
    if (await this.ctx.em.count(ExportSchedule, { name })) {
      throw new DomainError('NAME_TAKEN', `A schedule named "${name}" exists already`, fieldPath('name'));
    }
  }
}
