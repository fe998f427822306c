import type { Permission } from '../access/roles.js';
import { DomainError } from '../errors.js';
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
   * A spec may name any organisation, and its extracts list records of any subtree: until specs are
   * checked against the caller's scope, only callers who see the whole city may define exports.
   */
  protected wholeCityOnly(): void {
    if (this.ctx.caller.scope.organisationId !== null) {
      throw new DomainError('FORBIDDEN', 'Exports are defined by callers whose scope is the whole city.');
    }
  }
}
