import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '../../services/errors.js';
import type { GraphQLContext } from '../context.js';
import { deniedFields } from './denied-fields.js';
import type { FieldPermissions } from './field-permissions.js';

/**
 * Refuses, before anything executes, an operation that selects a field the caller's role may not
 * read or run (FORBIDDEN, HTTP 403, no data): the role half of access control; the scope half is
 * applied by the loaders and the write services.
 */
export function fieldPolicyPlugin(permissions: FieldPermissions): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          const denied = deniedFields(schema, permissions, document, contextValue.caller);
          if (!denied.length) return;
          const refusal = new DomainError(
            'FORBIDDEN',
            `Your role (${contextValue.caller.role}) may not use ${denied.join(', ')}.`,
            (denied[0] as string).split('.'),
          );
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 403 } } });
        },
      };
    },
  };
}
