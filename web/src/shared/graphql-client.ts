import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import persisted from '../gql/persisted-documents.json';
import { credential } from './credential';

const documents: Record<string, string> = persisted;

/** An error the API answered with (its `extensions.code`), or NETWORK when no answer came. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface Reply<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The sha256 the typed client gave this document (codegen's persisted documents). */
function hashOf(document: TypedDocumentNode<unknown, unknown>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash || !(hash in documents)) throw new Error('document is not one of the persisted documents');
  return hash;
}

async function send<R>(method: 'GET' | 'POST', body: Record<string, unknown>): Promise<Reply<R>> {
  const headers: Record<string, string> = { accept: 'application/json', ...credential.headers() };
  let url = '/graphql';
  let init: RequestInit;
  if (method === 'GET') {
    const params = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, JSON.stringify(v)]));
    url = `${url}?${params}`;
    // Apollo's CSRF prevention lets a GET through only with a header a plain form cannot send.
    init = { method, headers: { ...headers, 'apollo-require-preflight': 'true' } };
  } else {
    init = { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new GraphQLRequestError('fetch failed', 'NETWORK');
  }
  try {
    return (await response.json()) as Reply<R>;
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`, 'NETWORK');
  }
}

function unwrap<R>(reply: Reply<R>): R {
  const [first] = reply.errors ?? [];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (!reply.data) throw new GraphQLRequestError('empty answer', 'NETWORK');
  return reply.data;
}

/**
 * Runs one of the dashboard's typed operations. It is sent by hash first (automatic persisted
 * queries: short requests, and for queries cacheable GET URLs; a mutation goes by POST, as GET may not
 * change anything); only when the server does not know the hash yet is the document itself sent once.
 */
export async function request<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const hash = hashOf(document as TypedDocumentNode<unknown, unknown>);
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const method = /^\s*mutation\b/.test(documents[hash] as string) ? 'POST' : 'GET';
  let reply = await send<R>(method, { variables, extensions });
  if (reply.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    reply = await send<R>('POST', { query: documents[hash], variables, extensions });
  }
  return unwrap(reply);
}
