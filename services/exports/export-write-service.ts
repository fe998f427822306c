import { type WriteScope, WriteService } from '../write/write-service.js';
import type { ExportChecks } from './export-checks.js';
import type { ExportJobs } from './export-jobs.js';

/** What the export write services share: the request's scope, the queues, and the input checks handed in. */
export abstract class ExportWriteService extends WriteService {
  constructor(
    protected readonly ctx: WriteScope,
    protected readonly jobs: ExportJobs,
    protected readonly checks: ExportChecks,
  ) {
    super(ctx);
  }
}
