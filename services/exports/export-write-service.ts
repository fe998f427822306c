import type { Permission } from '../access/roles.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { type WriteScope, WriteService } from '../write/write-service.js';
import type { ExportChecks } from './export-checks.js';
import type { ExportJobs } from './export-jobs.js';

/** What the export write services share: the request's scope, the queues, and the input checks handed in. */
export abstract class ExportWriteService extends WriteService {
  protected override readonly permission: Permission = 'export';

  constructor(
    protected readonly ctx: WriteScope,
    protected readonly jobs: ExportJobs,
    protected readonly checks: ExportChecks,
  ) {
    super(ctx);
  }

  /**
   * The owner scope of what the caller defines: their own (the checks kept the spec inside it), so the
   * export answers for that subtree and is seen by those whose scope holds it. Null: the whole forest.
   */
  protected callerScope(): Organisation | undefined {
    const id = this.ctx.caller.scope.organisationId;
    return id === null ? undefined : this.ctx.em.getReference(Organisation, id);
  }
}
