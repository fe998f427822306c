import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditTrail } from '../access/audit-trail.js';
import { Authenticator } from '../access/authenticator.js';
import { authenticatorOptions } from '../access/authenticator-options.js';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';
import { intakeKind } from '../intake/intake-kinds.js';
import { intakeTemplate } from '../intake/intake-template.js';
import { IntakeUploadService } from '../intake/intake-upload.service.js';
import { callerOf } from './authentication.js';
import { guardRoutes } from './request-guard.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UPLOAD_TOO_LARGE: 413, UNKNOWN_KIND: 404 };

const refuse = (reply: FastifyReply, e: DomainError) =>
  reply.code(STATUS[e.code] ?? 400).send({ error: { code: e.code, message: e.message } });

/**
 * Bulk intake over HTTP, behind the same guard as GraphQL: `POST /intake/uploads?kind=…&name=…`
 * takes the file as the raw body (at most INTAKE_MAX_UPLOAD_BYTES) and answers its upload id for
 * `importRecords`; `GET /intake/templates/<kind>.xlsx` serves the kind's template.
 */
export async function mountIntakeRoutes(app: FastifyInstance, deps: { orm: MikroORM; config: Config }): Promise<void> {
  await app.register(async (scope) => {
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return refuse(
          reply,
          new DomainError('UPLOAD_TOO_LARGE', `The file is over ${deps.config.INTAKE_MAX_UPLOAD_BYTES} bytes.`),
        );
      }
      return reply.send(error);
    });
    await guardRoutes(scope, {
      authenticator: new Authenticator(deps.orm.em, authenticatorOptions(deps.config)),
      config: deps.config,
    });
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: deps.config.INTAKE_MAX_UPLOAD_BYTES },
      (_r, body, done) => done(null, body),
    );
    scope.post<{ Querystring: { kind?: string; name?: string } }>('/intake/uploads', (request, reply) =>
      upload(deps, request, reply),
    );
    scope.get<{ Params: { file: string } }>('/intake/templates/:file', async (request, reply) => {
      try {
        const kind = intakeKind(request.params.file.replace(/\.xlsx$/, ''));
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${kind.name}.xlsx"`)
          .send(await intakeTemplate(kind));
      } catch (e) {
        if (e instanceof DomainError) return refuse(reply, e);
        throw e;
      }
    });
  });
}

async function upload(
  deps: { orm: MikroORM; config: Config },
  request: FastifyRequest<{ Querystring: { kind?: string; name?: string } }>,
  reply: FastifyReply,
) {
  const caller = callerOf(request);
  const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const input = { kind: request.query.kind ?? '', fileName: request.query.name ?? 'upload', bytes: content.length };
  const audit = new AuditTrail(
    caller,
    { address: request.ip, requestId: String(request.id) },
    'mutation',
    'uploadIntakeFile',
    input,
  );
  const em = deps.orm.em.fork();
  try {
    const stored = await new IntakeUploadService({ em, caller, audit }).upload({
      ...input,
      content,
      maxBytes: deps.config.INTAKE_MAX_UPLOAD_BYTES,
    });
    return reply.code(201).send({ uploadId: stored.id, kind: stored.kind, sha256: stored.sha256, bytes: stored.bytes });
  } catch (e) {
    await audit.record(em, e).catch((failed) => request.log.error(failed));
    if (e instanceof DomainError) return refuse(reply, e);
    throw e;
  }
}
