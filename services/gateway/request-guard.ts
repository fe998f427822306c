import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Authenticator } from '../access/authenticator.js';
import { hashKey } from '../access/key-secret.js';
import type { Config } from '../config.js';
import { authenticationHook } from './authentication.js';

/** Rate-limit refusals carry this code; the route's error handler answers them in its own shape. */
export class RateLimitedError extends Error {
  readonly statusCode = 429;
  readonly code = 'RATE_LIMITED';
}

/**
 * Puts the guard of every protected route on an encapsulated scope: a request budget per client
 * address, then the credential check, then a budget per credential (so one key cannot starve the
 * others behind the same address, nor one address hammer with many keys).
 */
export async function guardRoutes(
  scope: FastifyInstance,
  deps: { authenticator: Authenticator; config: Config },
): Promise<void> {
  await scope.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new RateLimitedError(`Too many requests; retry in ${context.after}.`),
  });
  scope.addHook('onRequest', scope.rateLimit({ max: deps.config.RATE_LIMIT_PER_ADDRESS, timeWindow: 60_000 }));
  scope.addHook('onRequest', authenticationHook(deps.authenticator));
  scope.addHook(
    'onRequest',
    scope.rateLimit({
      max: deps.config.RATE_LIMIT_PER_CREDENTIAL,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => hashKey(request.headers.authorization ?? request.ip),
    }),
  );
}
