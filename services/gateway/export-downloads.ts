import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { scopeCovers } from '../access/access-scope.js';
import { AuditTrail } from '../access/audit-trail.js';
import { Authenticator } from '../access/authenticator.js';
import { authenticatorOptions } from '../access/authenticator-options.js';
import { type Caller, callerCan } from '../access/caller.js';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';
import type { ExportFormat } from '../exports/export-formats.js';
import { ExportRun } from '../exports/export-run.entity.js';
import { runFolder } from '../exports/run-folder.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { callerOf } from './authentication.js';
import { guardRoutes } from './request-guard.js';

/** Where `exportRun.files.url` points. */
export const downloadUrl = (runId: number, name: string) => `/exports/runs/${runId}/files/${encodeURIComponent(name)}`;

export interface DownloadDeps {
  orm: MikroORM;
  config: Config;
  exportDir: string;
}

/**
 * The one place a download is allowed: a role with the export permission, and a run the caller may
 * see (its owner scope inside the caller's, as for `exportRuns`) or asked for themselves.
 */
async function authorize(em: EntityManager, caller: Caller, run: ExportRun): Promise<void> {
  if (!callerCan(caller, 'export')) {
    throw new DomainError('FORBIDDEN', `Your role (${caller.role}) may not download exports.`);
  }
  if (run.requestedBy === caller.id) return;
  const owner = run.ownerScope ? await em.findOne(Organisation, run.ownerScope.id) : null;
  if (!scopeCovers(caller.scope, owner ? owner.path : [])) {
    throw new DomainError('FORBIDDEN', `Run ${run.id} belongs to a scope outside yours (${caller.scope.code}).`);
  }
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
 * `GET /exports/runs/:runId/files/:name`, behind the same guard as GraphQL (rate limits, credential):
 * a file a succeeded run lists in its manifest, streamed. Only names the run recorded are served (no
 * path from the request reaches the file system); `authorize` runs before anything is read, and
 * every answer, refusals too, goes to the audit log.
 */
export async function mountExportDownloads(app: FastifyInstance, deps: DownloadDeps): Promise<void> {
  await app.register(async (scope) => {
    await guardRoutes(scope, {
      authenticator: new Authenticator(deps.orm.em, authenticatorOptions(deps.config)),
      config: deps.config,
    });
    scope.get<{ Params: { runId: string; name: string } }>('/exports/runs/:runId/files/:name', (request, reply) =>
      download(deps, request, reply),
    );
  });
}

async function download(
  deps: DownloadDeps,
  request: FastifyRequest<{ Params: { runId: string; name: string } }>,
  reply: FastifyReply,
) {
  const caller = callerOf(request);
  const origin = { address: request.ip, requestId: String(request.id) };
  const audit = new AuditTrail(caller, origin, 'download', 'download', request.params);
  const em = deps.orm.em.fork();
  try {
    const id = /^[1-9][0-9]{0,9}$/.test(request.params.runId) ? Number(request.params.runId) : 0;
    const run = id > 0 && id <= 2_147_483_647 ? await em.findOne(ExportRun, id) : null;
    if (!run) throw new DomainError('NOT_FOUND', 'No export run has this id');
    await authorize(em, caller, run);
    const file = run.prunedAt ? undefined : run.files?.find((f) => f.name === request.params.name);
    if (!file) throw new DomainError('NOT_FOUND', `Run ${run.id} has no file "${request.params.name}" (any longer)`);
    const full = path.join(runFolder(deps.exportDir, run.id), file.name);
    const size = await stat(full).then(
      (s) => s.size,
      () => -1,
    );
    if (size !== file.bytes) throw new DomainError('NOT_FOUND', `The file "${file.name}" of run ${run.id} is gone`);
    await audit.record(em, 'ok', `ExportRun:${run.id}/${file.name}`);
    return reply
      .header('content-type', CONTENT_TYPES[file.format])
      .header('content-length', size)
      .header('content-disposition', `attachment; filename="${file.name}"`)
      .header('x-content-sha256', file.sha256)
      .send(createReadStream(full));
  } catch (e) {
    await audit.record(em, e).catch((failed) => request.log.error(failed));
    if (e instanceof DomainError) return refuse(reply, e);
    request.log.error(e);
    return reply
      .code(503)
      .send({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The download is unavailable; retry' } });
  }
}
