import type { onRequestAsyncHookHandler } from 'fastify';
import type { ErrorCode } from '../error-codes.js';

/** Probes come from orchestrators that address the server by whatever IP it has. */
const OPEN_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Refuses a request whose Host header is not one of `allowed` (`*` allows any), so a web page
 * cannot reach a loopback server through a name that it re-points to 127.0.0.1 (DNS rebinding).
 */
export function hostAllowlist(allowed: readonly string[]): onRequestAsyncHookHandler {
  const any = allowed.includes('*');
  const names = new Set(allowed);
  return async (request, reply) => {
    if (any || OPEN_PATHS.has(request.url.split('?')[0] ?? '')) return;
    const host = request.hostname.toLowerCase();
    if (names.has(host)) return;
    return reply.code(421).send({
      errors: [
        {
          message: `This server does not answer to the host name "${host.slice(0, 100)}"; add it to ALLOWED_HOSTS.`,
          extensions: { code: 'HOST_NOT_ALLOWED' satisfies ErrorCode },
        },
      ],
    });
  };
}
