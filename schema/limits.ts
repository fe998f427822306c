import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
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
import { remainingMs } from '../services/deadline.js';
import type { ErrorCode } from '../services/error-codes.js';
import type { RequestGate } from '../services/gateway/request-gate.js';
import { LimitError } from './limit-error.js';
import { DEFAULT_PAGE_SIZE } from './relay/page-args.js';
import { scansSubtree } from './scans-subtree.js';

/** A plain list (ancestors, positions, status history) is assumed to hold this many rows. */
const LIST_ESTIMATE = 10;

/**
 * What reading one parent's subtree costs beyond the rows it returns: up to about a thousand
 * index probes (services/store/query/keyset.ts, subtreePage), or a count over the subtree.
 */
export const SUBTREE_COST = 10;

function isList(type: GraphQLOutputType): boolean {
  return getNullableType(type) instanceof GraphQLList;
}

/**
 * Cost = 1 per field + its children's cost times how many rows it may return: `first` (or the
 * default page) for a connection, the number of `ids` asked for, LIST_ESTIMATE for another plain
 * list; `edges` / `nodes` are the page the connection already counted. A field that reads a
 * subtree (marked @ScansSubtree, or filtered by `under`) adds SUBTREE_COST for every parent.
 */
function estimate({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const type = getNamedType(field.type) as GraphQLCompositeType;
  const own = 1 + (scansSubtree(field) || args.under ? SUBTREE_COST : 0);
  if (type.name.endsWith('Connection')) return own + childComplexity * Math.max(1, args.first ?? DEFAULT_PAGE_SIZE);
  if (Array.isArray(args.ids)) return own + childComplexity * args.ids.length;
  if (isList(field.type) && field.name !== 'edges' && field.name !== 'nodes') {
    return own + childComplexity * LIST_ESTIMATE;
  }
  return own + childComplexity;
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
 * The protections every operation passes before execution: token count (the parser, see
 * services/gateway/graphql.ts), depth, aliases (`__typename` included) and directives (validation
 * rules), and cost (after variables are known, so `first: $n` is priced with its value). An
 * operation costing HEAVY_QUERY_COST or more then waits for a slot of `gate`.
 */
export function graphqlLimits(
  config: Config,
  gate?: RequestGate,
): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const depthRule = maxDepthRule({
    n: config.GRAPHQL_MAX_DEPTH,
    // Fragments count by the fields they hold, not as a level of their own.
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [reportAs('QUERY_TOO_DEEP', config.GRAPHQL_MAX_DEPTH)],
  });
  const aliasRule = maxAliasesRule({
    n: config.GRAPHQL_MAX_ALIASES,
    // Thousands of aliased `__typename` cost as much to answer as any other field.
    allowList: [],
    propagateOnRejection: false,
    onReject: [reportAs('TOO_MANY_ALIASES', config.GRAPHQL_MAX_ALIASES)],
  });
  const directivesRule = maxDirectivesRule({
    n: config.GRAPHQL_MAX_DIRECTIVES,
    propagateOnRejection: false,
    onReject: [reportAs('TOO_MANY_DIRECTIVES', config.GRAPHQL_MAX_DIRECTIVES)],
  });
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      let leave: (() => void) | undefined;
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // No operation of that name: execution refuses it (OPERATION_RESOLUTION_FAILURE, HTTP 400).
          if (!operation) return;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operation.name?.value,
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
          if (gate && cost >= config.HEAVY_QUERY_COST) leave = await gate.enter(remainingMs() ?? 0);
        },
        async willSendResponse() {
          leave?.();
        },
      };
    },
  };
  return { validationRules: [depthRule, aliasRule, directivesRule], plugins: [costPlugin] };
}
