import type { ClassType } from 'type-graphql';
import { ExportMutations } from './export.mutations.js';
import { ExportRunResolver } from './export-run.resolver.js';
import { ExportScheduleResolver } from './export-schedule.resolver.js';

/** Exports: runs and schedules, queries and mutations. */
export const exportResolvers: ClassType[] = [ExportRunResolver, ExportScheduleResolver, ExportMutations];
