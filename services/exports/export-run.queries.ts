import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.js';
import type { Page, PageArgs } from '../store/query/keyset.js';
import { ExportRun, type RunStatus } from './export-run.entity.js';

const ORDER = 'export_runs_newest';

/** Runs newest first, optionally of one schedule or status, keyset-paged on the id. */
export async function listExportRuns(
  em: EntityManager,
  filter: { scheduleId?: number; status?: RunStatus },
  page: PageArgs,
): Promise<Page<ExportRun>> {
  const where: FilterQuery<ExportRun> = {
    ...(filter.scheduleId !== undefined ? { schedule: filter.scheduleId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  if (page.after && page.after.order !== ORDER) {
    throw new DomainError('INVALID_CURSOR', 'The cursor was not issued by exportRuns', ['after']);
  }
  const after = page.after ? Number(page.after.values[0]) : undefined;
  const rows = await em.find(ExportRun, after === undefined ? where : { ...where, id: { $lt: after } }, {
    orderBy: { id: 'desc' },
    limit: page.first + 1,
  });
  const nodes = rows.slice(0, page.first);
  return {
    nodes,
    cursors: nodes.map((r) => ({ order: ORDER, values: [r.id] })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: after !== undefined,
    totalCount: page.withTotal ? await em.count(ExportRun, where) : undefined,
  };
}
