import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { exportChecks } from '../../analytics/exports/export-inputs.js';
import type { ExportRun } from '../../services/exports/export-run.entity.js';
import { ExportRunService } from '../../services/exports/export-run.service.js';
import type { ExportSchedule } from '../../services/exports/export-schedule.entity.js';
import { ExportScheduleService } from '../../services/exports/export-schedule.service.js';
import type { GraphQLContext } from '../context.js';
import { inputId } from '../input-id.js';
import {
  CreateExportScheduleInput,
  DeleteExportScheduleInput,
  RunExportInput,
  UpdateExportScheduleInput,
} from './export.inputs.js';
import { ExportRunType } from './export-run.type.js';
import { ExportScheduleType } from './export-schedule.type.js';
import { exportsOf } from './exports-of.js';

const SPEC_CODES =
  'BAD_USER_INPUT, UNKNOWN_METRIC, INVALID_PERIOD, INVALID_SCOPE, GROUPING_NOT_ALLOWED, INVALID_FILTER, SHARE_NOT_DEFINED, UNKNOWN_DATASET';

/** Export writes touch no counted data, so they do not ask the analytics replica to re-sync. */
const writer = (ctx: GraphQLContext) => ({ em: ctx.em, caller: ctx.caller });

/** Exports on demand and on schedule; writes record the caller (runs as requestedBy). */
@Resolver()
export class ExportMutations {
  @Mutation(() => ExportRunType, {
    description: `Queues an export and returns its run at once (status QUEUED); poll exportRun for its files. Refusals: ${SPEC_CODES}, NOT_FOUND, EXPORTS_UNAVAILABLE.`,
  })
  runExport(
    @Arg('input', () => RunExportInput, { description: 'A schedule or spec, a period, formats.' })
    input: RunExportInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportRun> {
    return new ExportRunService(writer(ctx), exportsOf(ctx).jobs, exportChecks(ctx.em, ctx.caller.scope)).request(
      input.toService(),
    );
  }

  @Mutation(() => ExportScheduleType, {
    description: `Creates a schedule; its slots run from the next due time. Refusals: ${SPEC_CODES}, INVALID_CRON, NAME_TAKEN.`,
  })
  createExportSchedule(
    @Arg('input', () => CreateExportScheduleInput, { description: 'Name, cron, period, spec, formats.' })
    input: CreateExportScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportSchedule> {
    return new ExportScheduleService(writer(ctx), exportsOf(ctx).jobs, exportChecks(ctx.em, ctx.caller.scope)).create(
      input.toService(),
    );
  }

  @Mutation(() => ExportScheduleType, {
    description: `Changes a schedule. Refusals: as createExportSchedule, and NOT_FOUND.`,
  })
  updateExportSchedule(
    @Arg('input', () => UpdateExportScheduleInput, { description: 'The schedule and what changes.' })
    input: UpdateExportScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportSchedule> {
    const { id, changes } = input.toService();
    return new ExportScheduleService(writer(ctx), exportsOf(ctx).jobs, exportChecks(ctx.em, ctx.caller.scope)).update(
      id,
      changes,
    );
  }

  @Mutation(() => ExportScheduleType, {
    description:
      'Deletes a schedule and its cron, returning it as it was; its past runs and files stay. Refusal: NOT_FOUND.',
  })
  deleteExportSchedule(
    @Arg('input', () => DeleteExportScheduleInput, { description: 'The schedule to delete.' })
    input: DeleteExportScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportSchedule> {
    return new ExportScheduleService(writer(ctx), exportsOf(ctx).jobs, exportChecks(ctx.em, ctx.caller.scope)).delete(
      inputId(input.id, 'id', 'ExportSchedule'),
    );
  }
}
