import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../../schema/context.js';

/**
 * Lets browsers keep answers to GET queries for `maxAgeSeconds` (persisted queries make those URLs
 * short and stable). Private, and varying by Authorization: an answer depends on the caller. An
 * answer with errors is never kept.
 */
export function getCachePlugin(maxAgeSeconds: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== 'GET') return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const vary = response.http.headers.get('vary');
          response.http.headers.set('cache-control', `private, max-age=${maxAgeSeconds}`);
          response.http.headers.set('vary', vary ? `${vary}, authorization` : 'authorization');
        },
      };
    },
  };
}
