import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConfigError } from '../config.js';
import type { ErrorCode } from '../error-codes.js';

/** sha256 (hex) of an operation's exact text → that text: the operations a deployment allows. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads manifests like web/src/gql/persisted-documents.json (written by the typed client's
 * codegen): a JSON object of sha256 → document. A file that is missing, not such an object, or
 * whose hash does not match its document stops start-up.
 */
export async function loadTrustedDocuments(files: readonly string[]): Promise<TrustedDocuments> {
  const documents = new Map<string, string>();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`GRAPHQL_TRUSTED_DOCUMENTS: cannot read ${file}: ${e instanceof Error ? e.message : e}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ConfigError(`GRAPHQL_TRUSTED_DOCUMENTS: ${file} is not a JSON object of sha256 → document`);
    }
    for (const [hash, document] of Object.entries(parsed)) {
      if (typeof document !== 'string' || sha256(document) !== hash) {
        throw new ConfigError(`GRAPHQL_TRUSTED_DOCUMENTS: in ${file}, ${hash} is not the sha256 of its document`);
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

interface OperationFields {
  query?: unknown;
  extensions?: unknown;
}

/** The text and the persisted-query hash a request carries (POST body, or GET parameters with JSON extensions). */
function operationOf(request: FastifyRequest): { fields: OperationFields; hash?: string } {
  const get = request.method === 'GET';
  const fields = ((get ? request.query : request.body) ?? {}) as OperationFields;
  let extensions = fields.extensions;
  if (get && typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      extensions = undefined;
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return { fields, hash: typeof hash === 'string' ? hash : undefined };
}

const NOT_ALLOWED: ErrorCode = 'OPERATION_NOT_ALLOWED';

function refuse(reply: FastifyReply): FastifyReply {
  return reply.code(400).send({
    errors: [
      {
        message:
          'This server runs only registered operations: send the exact text of a trusted document or its sha256 as a persisted query',
        extensions: { code: NOT_ALLOWED },
      },
    ],
  });
}

/**
 * Trusted documents on /graphql: an operation runs only when its text (or, sent alone, its
 * persisted-query hash) is in the manifest; anything else is refused with OPERATION_NOT_ALLOWED
 * before Apollo sees it. A hash alone in a POST body is filled in with its document (no automatic
 * persisted-query round trip); over GET, Apollo's persisted-query cache answers it.
 */
export function enforceTrustedDocuments(app: FastifyInstance, documents: TrustedDocuments): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql' || (request.method !== 'GET' && request.method !== 'POST')) return;
    if (Array.isArray(request.body)) return refuse(reply);
    const { fields, hash } = operationOf(request);
    if (typeof fields.query === 'string' && fields.query !== '') {
      if (!documents.has(sha256(fields.query))) return refuse(reply);
      return;
    }
    const document = hash === undefined ? undefined : documents.get(hash);
    if (document === undefined) return refuse(reply);
    if (request.method === 'POST') fields.query = document;
  });
}
