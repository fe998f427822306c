import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { StoredSpec } from '../../services/exports/export-checks.js';
import type { ExportFormat as Format } from '../../services/exports/export-formats.js';
import type { RunStatus } from '../../services/exports/export-run.entity.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';
import { ExportFormat, ExportRunStatus } from './export-enums.type.js';

@ObjectType('ExportRun', {
  implements: Node,
  description: 'One export: asked for on demand, or one due slot of a schedule.',
})
export class ExportRunType extends RecordType {
  @Field(() => ExportRunStatus, { description: 'queued, running, succeeded or failed.' })
  status!: RunStatus;

  @Field(() => String, { description: 'The period as asked, e.g. "H-1" or "2022-H1".' })
  periodText!: string;

  @Field(() => DateTimeScalar, {
    description: 'The instant relative periods resolve at: the slot, or when the run was asked for.',
  })
  resolveAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The cron instant of a scheduled run; null on demand.' })
  slot?: Date | null;

  @Field(() => GraphQLJSONObject, { description: 'The spec the run exports (as it was when asked).' })
  spec!: StoredSpec;

  @Field(() => [ExportFormat], { description: 'Formats written.' })
  formats!: Format[];

  @Field(() => String, { description: 'Who asked: the caller of runExport, or "scheduler".' })
  requestedBy!: string;

  @Field(() => Int, { description: 'Attempts so far (retries after a failure or a killed process count).' })
  attempts!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the latest attempt started.' })
  startedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the run succeeded or finally failed.' })
  finishedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'PostgreSQL snapshot time of the analytics replica the run read.',
  })
  snapshotAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the latest attempt failed, for people.' })
  error?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Code of that failure: a spec refusal (UNKNOWN_METRIC, INVALID_SCOPE, ...), DISK_FULL, EXPORT_DIR_NOT_WRITABLE, SHEET_TOO_LARGE, EXPORT_FAILED.',
  })
  errorCode?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When retention removed the files.' })
  prunedAt?: Date | null;
}

export const ExportRunConnection = ConnectionType('ExportRun', ExportRunType);
