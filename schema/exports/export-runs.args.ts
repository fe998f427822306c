import { ArgsType, Field, ID } from 'type-graphql';
import type { RunStatus } from '../../services/exports/export-run.entity.js';
import type { ExportRunListArgs } from '../../services/exports/export-run.queries.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { optionalId } from '../relay/optional-id.js';
import { ExportRunStatus } from './export-enums.type.js';

@ArgsType()
export class ExportRunsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only the runs of this ExportSchedule.' })
  scheduleId?: string | null;

  @Field(() => ExportRunStatus, { nullable: true, description: 'Only runs in this status.' })
  status?: RunStatus | null;

  toList(): ExportRunListArgs {
    return {
      scheduleId: optionalId(this.scheduleId, 'scheduleId', 'ExportSchedule'),
      status: this.status ?? undefined,
    };
  }
}
