import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type GraphQLCompositeType,
  type GraphQLError,
  GraphQLList,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import type { Config } from '../services/config.js';
import type { ErrorCode } from '../services/error-codes.js';
import { LimitError } from './limit-error.js';
import { DEFAULT_PAGE_SIZE } from './relay/page-args.js';

/** A plain list (ancestors, positions, status history) is assumed to hold this many rows. */
const LIST_ESTIMATE = 10;

function isList(type: GraphQLOutputType): boolean {
  return getNullableType(type) instanceof GraphQLList;
}

/**
 * Cost = 1 per field + its children's cost times how many rows it may return: `first` (or the
 * default page) for a connection, the number of `ids` asked for, LIST_ESTIMATE for another plain
 * list; `edges` / `nodes` are the page the connection already counted.
 */
function estimate({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const type = getNamedType(field.type) as GraphQLCompositeType;
  if (type.name.endsWith('Connection')) return 1 + childComplexity * Math.max(1, args.first ?? DEFAULT_PAGE_SIZE);
  if (Array.isArray(args.ids)) return 1 + childComplexity * args.ids.length;
  if (isList(field.type) && field.name !== 'edges' && field.name !== 'nodes') {
    return 1 + childComplexity * LIST_ESTIMATE;
  }
  return 1 + childComplexity;
}

/** Turns a graphql-armor rejection into a LimitError carrying our code, reported as a validation error. */
function reportAs(code: ErrorCode, limit: number) {
  return (ctx: ValidationContext | null, err: GraphQLError) =>
    ctx?.reportError(
      new LimitError(
        code,
        err.message.replace(/^Syntax Error: /, ''),
        limit,
        Number(/found (\d+)/.exec(err.message)?.[1]),
      ),
    );
}

/**
 * The protections every operation passes before execution: depth and alias counts (validation
 * rules) and cost (after variables are known, so `first: $n` is priced with its value).
 */
export function graphqlLimits(config: Config): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const depthRule = maxDepthRule({
    n: config.GRAPHQL_MAX_DEPTH,
    propagateOnRejection: false,
    onReject: [reportAs('QUERY_TOO_DEEP', config.GRAPHQL_MAX_DEPTH)],
  });
  const aliasRule = maxAliasesRule({
    n: config.GRAPHQL_MAX_ALIASES,
    propagateOnRejection: false,
    onReject: [reportAs('TOO_MANY_ALIASES', config.GRAPHQL_MAX_ALIASES)],
  });
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [estimate],
            });
          } catch (error) {
            // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT) before any resolver runs.
            if (error instanceof Error && error.message.startsWith('Variable "$')) return;
            throw error;
          }
          if (cost > config.GRAPHQL_MAX_COST) {
            throw new LimitError(
              'QUERY_TOO_COSTLY',
              `Query cost ${cost} exceeds the limit of ${config.GRAPHQL_MAX_COST}; ask for smaller pages (first) or fewer nested lists.`,
              config.GRAPHQL_MAX_COST,
              cost,
            );
          }
        },
      };
    },
  };
  return { validationRules: [depthRule, aliasRule], plugins: [costPlugin] };
}
