import type { ClassType } from 'type-graphql';
import { ReviewResolver } from '../review/review.resolver.js';
import { ExportMutations } from './export.mutations.js';
import { ExportRunResolver } from './export-run.resolver.js';
import { ExportScheduleResolver } from './export-schedule.resolver.js';

/** Exports (runs and schedules, queries and mutations) and the generated review. */
export const exportResolvers: ClassType[] = [
  ExportRunResolver,
  ExportScheduleResolver,
  ExportMutations,
  ReviewResolver,
];
