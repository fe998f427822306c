import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { rowScopeOf } from '../../services/access/row-visibility.js';
import { queryRows } from '../../services/store/query/sql.js';
import type { GraphQLContext } from '../context.js';
import { compileRead, fragmentsOf } from './compile-read.js';
import { rawData } from './raw-data.js';

/**
 * Each connection keeps the statements prepared on it; a client varying its selections could make
 * endless shapes, so only the first shapes seen are prepared, the rest are planned each time.
 */
const MAX_PREPARED_SHAPES = 256;
const prepared = new Set<string>();

/** The prepared statement name of a compiled read's text, while there is room for one more shape. */
function statementName(text: string): string | undefined {
  const name = `cg_read_${createHash('sha1').update(text).digest('base64url')}`;
  if (prepared.has(name)) return name;
  if (prepared.size >= MAX_PREPARED_SHAPES) return undefined;
  prepared.add(name);
  return name;
}

/**
 * Answers a read that `compileRead` can express with that one statement instead of executing it;
 * it runs after validation, the field policy and the cost gate (didResolveOperation), so it skips
 * only the resolvers. A read it cannot compile, or whose statement fails (a deadline, the database
 * away), goes to the executor, which answers it, or reports the failure with its usual code.
 * `onCompiled` counts the reads answered here.
 */
export function compiledReadsPlugin(onCompiled?: () => void): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, operation, document, request, contextValue }) {
          // Absent when the operationName names none of the document's: the executor reports it.
          if (!operation) return null;
          const statement = compileRead(
            schema,
            operation,
            fragmentsOf(document.definitions),
            request.variables ?? {},
            rowScopeOf(contextValue.caller.scope),
          );
          if (!statement) return null;
          const rows = await queryRows<{ data: string }>(
            contextValue.em,
            statement,
            statementName(statement.text),
          ).catch(() => null);
          if (!rows?.[0]) return null;
          onCompiled?.();
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: rawData(rows[0].data) } },
          };
        },
      };
    },
  };
}
