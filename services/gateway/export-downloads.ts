import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.js';
import type { ExportFormat } from '../exports/export-formats.js';
import { ExportRun } from '../exports/export-run.entity.js';
import { runFolder } from '../exports/run-folder.js';

/** Where `exportRun.files.url` points. */
export const downloadUrl = (runId: number, name: string) => `/exports/runs/${runId}/files/${encodeURIComponent(name)}`;

/** The one place to refuse a download: throws a DomainError (e.g. FORBIDDEN) to refuse. */
export type AuthorizeDownload = (request: FastifyRequest, run: ExportRun) => Promise<void>;

export interface DownloadDeps {
  orm: MikroORM;
  exportDir: string;
  authorize?: AuthorizeDownload;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  json: 'application/json; charset=utf-8',
};
const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401 };

const refuse = (reply: FastifyReply, e: DomainError) =>
  reply.code(STATUS[e.code] ?? 400).send({ error: { code: e.code, message: e.message } });

/**
 * `GET /exports/runs/:runId/files/:name`: a file a succeeded run lists in its manifest, streamed.
 * Only names the run recorded are served (no path from the request reaches the file system);
 * `authorize` runs before anything is read.
 */
export function mountExportDownloads(app: FastifyInstance, deps: DownloadDeps): void {
  app.get<{ Params: { runId: string; name: string } }>('/exports/runs/:runId/files/:name', async (request, reply) => {
    try {
      const id = /^[1-9][0-9]{0,9}$/.test(request.params.runId) ? Number(request.params.runId) : 0;
      const run = id > 0 && id <= 2_147_483_647 ? await deps.orm.em.fork().findOne(ExportRun, id) : null;
      if (!run) throw new DomainError('NOT_FOUND', 'No export run has this id');
      await deps.authorize?.(request, run);
      const file = run.prunedAt ? undefined : run.files?.find((f) => f.name === request.params.name);
      if (!file) throw new DomainError('NOT_FOUND', `Run ${run.id} has no file "${request.params.name}" (any longer)`);
      const full = path.join(runFolder(deps.exportDir, run.id), file.name);
      const size = await stat(full).then(
        (s) => s.size,
        () => -1,
      );
      if (size !== file.bytes) throw new DomainError('NOT_FOUND', `The file "${file.name}" of run ${run.id} is gone`);
      return reply
        .header('content-type', CONTENT_TYPES[file.format])
        .header('content-length', size)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .header('x-content-sha256', file.sha256)
        .send(createReadStream(full));
    } catch (e) {
      if (e instanceof DomainError) return refuse(reply, e);
      request.log.error(e);
      return reply.code(503).send({ error: { code: 'UNAVAILABLE', message: 'The download is unavailable; retry' } });
    }
  });
}
