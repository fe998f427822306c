import { DomainError } from '../errors.js';
import { fieldPath } from '../write/parse-input.js';
import { ExportRun } from './export-run.entity.js';
import { ExportSchedule } from './export-schedule.entity.js';
import { ExportWriteService } from './export-write-service.js';

/** Asks for an export on demand: the run is recorded as queued and handed to a worker; it is returned at once. */
export class ExportRunService extends ExportWriteService {
  async request(raw: unknown): Promise<ExportRun> {
    const input = await this.checks.run(raw);
    const run = await this.write(async (w) => {
      const schedule =
        input.scheduleId === undefined ? null : await w.find(ExportSchedule, input.scheduleId, fieldPath('scheduleId'));
      const spec = input.spec ?? schedule?.spec;
      if (!spec) throw new DomainError('BAD_USER_INPUT', 'Give either scheduleId or spec', fieldPath('spec'));
      return w.create(ExportRun, {
        schedule,
        // A schedule's run reads what the schedule's owner may read, whoever asks for it.
        ownerScope: schedule ? schedule.ownerScope : this.callerScope(),
        spec,
        formats: input.formats ?? schedule?.formats ?? ['xlsx'],
        csvBom: input.csvBom ?? schedule?.csvBom ?? false,
        periodText: input.period,
        resolveAt: new Date(),
        requestedBy: this.ctx.caller.id,
        status: 'queued',
        attempts: 0,
      });
    });
    await this.jobs.enqueueRun(run.id);
    return run;
  }
}
