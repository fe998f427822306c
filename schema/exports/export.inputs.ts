import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { RunExportInput as RunInput, ScheduleInput } from '../../analytics/exports/export-inputs.js';
import type { ExportFormat as Format } from '../../services/exports/export-formats.js';
import { inputId } from '../input-id.js';
import { ExportFormat } from './export-enums.type.js';

const SPEC =
  'An export spec: { title, tables: [{ name, question: compare|attainment|share|series|dataset, ... }] } (see the README).';
const PERIOD =
  'Absolute (2022-H1, 2022-Q3, 2022-07, 2022, ranges) or relative, resolved when the run is due: H-1, Q-1, M-1, Y-1, YTD.';

/** GraphQL gives absent optional fields as null; the services read absent as undefined. */
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };

@InputType('RunExportInput', { description: 'An export to run now: a schedule or a spec, for a period.' })
export class RunExportInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An ExportSchedule whose spec (and formats, unless given) to run; not with spec.',
  })
  scheduleId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: `${SPEC} Not with scheduleId.` })
  spec?: Record<string, unknown> | null;

  @Field(() => String, { description: PERIOD })
  period!: string;

  @Field(() => [ExportFormat], { nullable: true, description: "Formats to write; default the schedule's, else XLSX." })
  formats?: Format[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Start CSV files with a byte-order mark (for Excel).' })
  csvBom?: boolean | null;

  toService(): RunInput {
    return defined({
      scheduleId: inputId(this.scheduleId, 'scheduleId', 'ExportSchedule'),
      spec: this.spec,
      period: this.period,
      formats: this.formats,
      csvBom: this.csvBom,
    });
  }
}

@InputType('CreateExportScheduleInput', { description: 'A spec to run on a cron schedule.' })
export class CreateExportScheduleInput {
  @Field(() => String, { description: 'Unique name.' })
  name!: string;

  @Field(() => String, {
    description: 'Five-field cron expression in Hà Nội time, e.g. "0 7 1 1,7 *" (7:00 on 1 January and 1 July).',
  })
  cron!: string;

  @Field(() => String, { description: PERIOD })
  period!: string;

  @Field(() => GraphQLJSONObject, { description: SPEC })
  spec!: Record<string, unknown>;

  @Field(() => [ExportFormat], { description: 'Formats each run writes.' })
  formats!: Format[];

  @Field(() => Boolean, { nullable: true, description: 'Start CSV files with a byte-order mark (default false).' })
  csvBom?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Runs whose files are kept (default 10).' })
  keepRuns?: number | null;

  toService(): ScheduleInput {
    return defined({ ...this }) as ScheduleInput;
  }
}

@InputType('UpdateExportScheduleInput', { description: 'Changes to a schedule; absent fields keep their value.' })
export class UpdateExportScheduleInput {
  @Field(() => ID, { description: 'The ExportSchedule.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New cron expression (Hà Nội time).' })
  cron?: string | null;

  @Field(() => String, { nullable: true, description: PERIOD })
  period?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: SPEC })
  spec?: Record<string, unknown> | null;

  @Field(() => [ExportFormat], { nullable: true, description: 'New formats.' })
  formats?: Format[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Byte-order mark on CSV files.' })
  csvBom?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Runs whose files are kept.' })
  keepRuns?: number | null;

  toService(): { id: number; changes: Partial<ScheduleInput> } {
    const { id, ...changes } = this;
    return { id: inputId(id, 'id', 'ExportSchedule'), changes: defined(changes) as Partial<ScheduleInput> };
  }
}

@InputType('DeleteExportScheduleInput', { description: 'A schedule to delete.' })
export class DeleteExportScheduleInput {
  @Field(() => ID, { description: 'The ExportSchedule.' })
  id!: string;
}
