import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AccessScope } from '../../services/access/access-scope.js';
import { DomainError } from '../../services/errors.js';
import type { ExportChecks } from '../../services/exports/export-checks.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../services/exports/export-formats.js';
import { checkCron } from '../../services/exports/schedule-slot.js';
import { inputFields } from '../../services/write/input-fields.js';
import { fieldPath, parseInput } from '../../services/write/parse-input.js';
import { resolvePeriod } from '../relative-period.js';
import { checkScopes } from './check-scopes.js';
import { checkSpec } from './check-spec.js';
import type { ExportSpec } from './export-spec.js';

const formats = z
  .array(z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }))
  .min(1, { error: 'must name at least one format' })
  .refine((f) => new Set(f).size === f.length, { error: 'must not name a format twice' });
const period = z.string({ error: 'must be a period' });

const runExportInput = z.object({
  scheduleId: inputFields.id.optional(),
  spec: z.unknown().optional(),
  period,
  formats: formats.optional(),
  csvBom: z.boolean().optional(),
});
export type RunExportInput = z.input<typeof runExportInput>;

const scheduleInput = z.object({
  name: inputFields.text,
  cron: z.string({ error: 'must be a cron expression' }),
  period,
  spec: z.unknown(),
  formats,
  csvBom: z.boolean().optional(),
  keepRuns: z
    .number()
    .int()
    .min(1, { error: 'must be at least 1' })
    .max(1000, { error: 'must be at most 1000' })
    .optional(),
});
export type ScheduleInput = z.input<typeof scheduleInput>;
export type CheckedSchedule = Omit<z.output<typeof scheduleInput>, 'spec'> & { spec: ExportSpec };

/** Checks a period notation (absolute or relative) now; relative ones resolve again when the run is due. */
function checkPeriod(text: string): void {
  resolvePeriod(text, new Date(), fieldPath('period'));
}

/** runExport's input: a schedule or a spec (not both), a period, formats. Refusals name ["input", ...]. */
export async function checkRunInput(
  raw: RunExportInput,
): Promise<{ scheduleId?: number; spec?: ExportSpec; period: string; formats?: ExportFormat[]; csvBom?: boolean }> {
  const input = parseInput(runExportInput, raw);
  if ((input.scheduleId === undefined) === (input.spec === undefined)) {
    throw new DomainError('BAD_USER_INPUT', 'Give either scheduleId or spec', fieldPath('spec'));
  }
  checkPeriod(input.period);
  const spec = input.spec === undefined ? undefined : await checkSpec(input.spec, fieldPath('spec'));
  return { ...input, spec };
}

/** A schedule's input, every part checked; `partial` for updates, where absent fields keep their value. */
export async function checkScheduleInput(raw: ScheduleInput): Promise<CheckedSchedule>;
export async function checkScheduleInput(raw: Partial<ScheduleInput>, partial: true): Promise<Partial<CheckedSchedule>>;
export async function checkScheduleInput(
  raw: Partial<ScheduleInput>,
  partial = false,
): Promise<Partial<CheckedSchedule>> {
  const input = parseInput(partial ? scheduleInput.partial() : scheduleInput, raw);
  if (input.cron !== undefined) checkCron(input.cron, fieldPath('cron'));
  if (input.period !== undefined) checkPeriod(input.period);
  const spec = input.spec === undefined ? undefined : await checkSpec(input.spec, fieldPath('spec'));
  return { ...input, spec };
}

/**
 * The checks the export services are handed: inputs as above, and the organisation codes a spec
 * names, in PostgreSQL and inside `within`, the scope of the caller defining it.
 */
export function exportChecks(em: EntityManager, within: AccessScope): ExportChecks {
  const scoped = async <T extends { spec?: ExportSpec }>(input: T): Promise<T> => {
    if (input.spec) await checkScopes(em, input.spec, fieldPath('spec'), within);
    return input;
  };
  return {
    run: async (raw) => scoped(await checkRunInput(raw as RunExportInput)),
    schedule: async (raw) => scoped(await checkScheduleInput(raw as ScheduleInput)),
    scheduleChanges: async (raw) => scoped(await checkScheduleInput(raw as Partial<ScheduleInput>, true)),
  };
}
