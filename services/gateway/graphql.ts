import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import { fieldPermissions } from '../../schema/access/field-permissions.js';
import { FIELD_POLICY } from '../../schema/access/field-policy.js';
import { fieldPolicyPlugin } from '../../schema/access/field-policy.plugin.js';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import type { GraphQLContext } from '../../schema/context.js';
import { createErrorFormatter } from '../../schema/format-error.js';
import { graphqlLimits } from '../../schema/limits.js';
import { Authenticator } from '../access/authenticator.js';
import { authenticatorOptions } from '../access/authenticator-options.js';
import type { Config } from '../config.js';
import type { ErrorCode } from '../error-codes.js';
import { type ContextDeps, createContextFactory } from './context-factory.js';
import { getCachePlugin } from './get-cache.js';
import { guardRoutes } from './request-guard.js';

export interface GraphQLDeps extends ContextDeps {
  config: Config;
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
 * Mounts Apollo Server on `app` at /graphql (POST, and GET for queries only), behind the request
 * guard (rate limits, credential) and the field policy. Closing `app` stops Apollo after Fastify has
 * stopped accepting and finished in-flight requests.
 */
export async function mountGraphQL(app: FastifyInstance, deps: GraphQLDeps): Promise<ApolloServer<GraphQLContext>> {
  const development = deps.config.NODE_ENV === 'development';
  const limits = graphqlLimits(deps.config);
  const schema = await buildGraphQLSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: deps.config.introspection,
    formatError: createErrorFormatter(development),
    includeStacktraceInErrorResponses: development,
    validationRules: limits.validationRules,
    // No HTTP cache hints are set, and the cache-control plugin would wrap every field resolver.
    // Apollo's landing page loads from a CDN; browsers get our own GraphiQL instead (web.ts).
    plugins: [
      ...limits.plugins,
      fieldPolicyPlugin(fieldPermissions(schema, FIELD_POLICY)),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...(deps.config.GRAPHQL_GET_MAX_AGE ? [getCachePlugin(deps.config.GRAPHQL_GET_MAX_AGE)] : []),
    ],
    // The platform owns signals and shutdown order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  await app.register(async (scope) => {
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      const shaped = graphqlShapedError(error);
      if (!shaped) return reply.send(error);
      return reply
        .code(shaped.status)
        .send({ errors: [{ message: shaped.message, extensions: { code: shaped.code } }] });
    });
    await guardRoutes(scope, {
      authenticator: new Authenticator(deps.orm.em, authenticatorOptions(deps.config)),
      config: deps.config,
    });
    await scope.register(fastifyApollo(apollo), { context: createContextFactory(deps) });
  });
  app.addHook('onClose', () => apollo.stop());
  return apollo;
}
