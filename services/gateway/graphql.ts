import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyBaseLogger, FastifyError, FastifyInstance } from 'fastify';
import { fieldPermissions } from '../../schema/access/field-permissions.js';
import { FIELD_POLICY } from '../../schema/access/field-policy.js';
import { fieldPolicyPlugin } from '../../schema/access/field-policy.plugin.js';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import { compiledReadsPlugin } from '../../schema/compiled/compiled-reads.plugin.js';
import { withRawData } from '../../schema/compiled/raw-data.js';
import type { GraphQLContext } from '../../schema/context.js';
import { createErrorFormatter, describeError } from '../../schema/format-error.js';
import { graphqlLimits } from '../../schema/limits.js';
import { nulCharacterCheck } from '../../schema/nul-character-check.js';
import { Authenticator } from '../access/authenticator.js';
import { authenticatorOptions } from '../access/authenticator-options.js';
import type { Config } from '../config.js';
import { withDeadline } from '../deadline.js';
import type { ErrorCode } from '../error-codes.js';
import { type ContextDeps, createContextFactory } from './context-factory.js';
import { getCachePlugin } from './get-cache.js';
import { loggedError } from './logged-error.js';
import type { Metrics } from './metrics.js';
import { RequestGate } from './request-gate.js';
import { guardRoutes } from './request-guard.js';

export interface GraphQLDeps extends ContextDeps {
  config: Config;
  metrics?: Metrics;
}

/** Fastify's own refusals on /graphql, answered in the GraphQL error shape with a stable code. */
function graphqlShapedError(error: FastifyError): { status: number; code: ErrorCode; message: string } | null {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: error.message };
  }
  if (error.code?.startsWith('FST_ERR_CTP_')) {
    return { status: error.statusCode ?? 400, code: 'BAD_REQUEST', message: error.message };
  }
  return null;
}

/**
 * Every error of a request is logged with the request id: internal ones (masked for clients) as
 * errors with their stack, the infrastructure's (busy, timeouts, database away) as warnings. Only
 * the operation's name and the error are written, never variables (they may hold personal fields).
 */
function errorLog(log: FastifyBaseLogger, metrics?: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const { kind, code } = describeError(error);
            metrics?.graphqlError(code);
            if (kind === 'client') continue;
            const entry = {
              reqId: contextValue?.origin.requestId,
              operationName,
              ...loggedError(error, kind === 'internal'),
            };
            if (kind === 'internal') log.error(entry, 'internal error (masked for the client)');
            else log.warn(entry, 'request failed for want of resources');
          }
        },
      };
    },
  };
}

/**
 * Mounts Apollo Server on `app` at /graphql (POST, and GET for queries only), behind the request
 * guard (rate limits, credential) and the field policy. Each request runs under a deadline of
 * REQUEST_TIMEOUT_MS that every database statement it starts respects.
 * Closing `app` stops Apollo after Fastify has stopped accepting and finished in-flight requests.
 */
export async function mountGraphQL(app: FastifyInstance, deps: GraphQLDeps): Promise<ApolloServer<GraphQLContext>> {
  const { config } = deps;
  const development = config.NODE_ENV === 'development';
  const gate = new RequestGate(config.HEAVY_CONCURRENCY, config.HEAVY_QUEUE);
  deps.metrics?.watchGate(gate);
  const limits = graphqlLimits(config, gate);
  const schema = await buildGraphQLSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.introspection,
    formatError: createErrorFormatter({ expose: development, suggestions: config.introspection }),
    includeStacktraceInErrorResponses: development,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: limits.validationRules,
    plugins: [
      nulCharacterCheck,
      ...limits.plugins,
      fieldPolicyPlugin(fieldPermissions(schema, FIELD_POLICY)),
      errorLog(app.log, deps.metrics),
      ...(config.COMPILED_READS ? [compiledReadsPlugin(() => deps.metrics?.compiledRead())] : []),
      // No HTTP cache hints are set, and the cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Browsers get the self-hosted GraphiQL page, never Apollo's remote-loading landing page.
      ApolloServerPluginLandingPageDisabled(),
      ...(config.GRAPHQL_GET_MAX_AGE ? [getCachePlugin(config.GRAPHQL_GET_MAX_AGE)] : []),
    ],
    // The platform owns signals and shutdown order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const handler = fastifyApolloHandler(apollo, { context: createContextFactory(deps) });
  await app.register(async (scope) => {
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      const shaped = graphqlShapedError(error);
      if (!shaped) return reply.send(error);
      return reply
        .code(shaped.status)
        .send({ errors: [{ message: shaped.message, extensions: { code: shaped.code } }] });
    });
    await guardRoutes(scope, {
      authenticator: new Authenticator(deps.orm.em, authenticatorOptions(config)),
      config,
    });
    scope.route<{ Reply: string }>({
      method: ['GET', 'POST', 'OPTIONS'],
      url: '/graphql',
      handler(request, reply) {
        return withDeadline(config.REQUEST_TIMEOUT_MS, () => withRawData(() => handler.call(this, request, reply)));
      },
    });
  });
  app.addHook('onClose', () => apollo.stop());
  return apollo;
}
