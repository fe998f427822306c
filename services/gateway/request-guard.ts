import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../access/authenticator.js';
import { hashKey } from '../access/key-secret.js';
import type { Config } from '../config.js';
import { authenticationHook } from './authentication.js';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/** A hook answering 429 RATE_LIMITED, with retry-after, once `limiter`'s budget for the request's key is spent. */
function budget(limiter: Limiter) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const verdict = await limiter(request);
    if (verdict.isAllowed || !verdict.isExceeded) return;
    await reply
      .code(429)
      .header('retry-after', verdict.ttlInSeconds)
      .send({
        errors: [
          {
            message: `Too many requests; retry in ${verdict.ttlInSeconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: verdict.ttlInSeconds },
          },
        ],
      });
  };
}

/**
 * Puts the guard of every protected route on an encapsulated scope: a request budget per client
 * address (failed credentials count too), then the credential check, then a budget per credential
 * (so one key cannot starve the others behind the same address).
 */
export async function guardRoutes(
  scope: FastifyInstance,
  deps: { authenticator: Authenticator; config: Config },
): Promise<void> {
  await scope.register(rateLimit, { global: false });
  const minute = 60_000;
  scope.addHook(
    'onRequest',
    budget(scope.createRateLimit({ max: deps.config.RATE_LIMIT_PER_ADDRESS, timeWindow: minute })),
  );
  scope.addHook('onRequest', authenticationHook(deps.authenticator));
  scope.addHook(
    'onRequest',
    budget(
      scope.createRateLimit({
        max: deps.config.RATE_LIMIT_PER_CREDENTIAL,
        timeWindow: minute,
        keyGenerator: (request: FastifyRequest) => hashKey(request.headers.authorization ?? ''),
      }),
    ),
  );
}
