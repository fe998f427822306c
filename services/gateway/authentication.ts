import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../access/authenticator.js';
import type { Caller } from '../access/caller.js';
import { DomainError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every route that needs a credential. */
    caller?: Caller;
  }
}

/**
 * The hook in front of every route that needs a credential (GraphQL, downloads): no valid credential,
 * no handler; the refusal is a 401 in the GraphQL error shape, before the body is even read.
 */
export function authenticationHook(authenticator: Authenticator) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      request.caller = await authenticator.authenticate(request.headers.authorization);
    } catch (e) {
      const unauthenticated = e instanceof DomainError && e.code === 'UNAUTHENTICATED';
      request.log.warn({ reason: e instanceof Error ? e.message : String(e) }, 'credential refused');
      const [status, code, message] = unauthenticated
        ? [401, e.code, e.message]
        : [503, 'SERVICE_UNAVAILABLE', 'Credentials cannot be checked right now; retry shortly.'];
      await reply
        .code(status)
        .header('www-authenticate', 'Bearer realm="civicgraph"')
        .send({ errors: [{ message, extensions: { code } }] });
    }
  };
}

/** The caller the hook authenticated; a route reached without the hook is a programming error. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new Error(`route ${request.url} is not behind the authentication hook`);
  return request.caller;
}
