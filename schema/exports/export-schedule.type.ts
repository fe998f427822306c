import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { StoredSpec } from '../../services/exports/export-checks.js';
import type { ExportFormat as Format } from '../../services/exports/export-formats.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { ExportFormat } from './export-enums.type.js';

@ObjectType('ExportSchedule', {
  implements: Node,
  description: 'An export spec run on a cron schedule (Asia/Ho_Chi_Minh); each due slot runs once.',
})
export class ExportScheduleType extends RecordType {
  @Field(() => String, { description: 'Unique name.' })
  name!: string;

  @Field(() => String, { description: 'Five-field cron expression in Hà Nội time, e.g. "0 7 1 1,7 *".' })
  cron!: string;

  @Field(() => String, {
    description: 'The period each run exports: absolute (2022-H1) or relative (H-1, Q-1, M-1, Y-1, YTD).',
  })
  period!: string;

  @Field(() => GraphQLJSONObject, { description: 'The export spec: { title, tables: [...] } (see the README).' })
  spec!: StoredSpec;

  @Field(() => [ExportFormat], { description: 'Formats written by each run.' })
  formats!: Format[];

  @Field(() => Boolean, { description: 'CSV files start with a byte-order mark (for Excel).' })
  csvBom!: boolean;

  @Field(() => Int, { description: 'Runs whose files are kept; older runs lose their folder.' })
  keepRuns!: number;
}
