import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../services/error-codes.js';
import { DomainError } from '../services/errors.js';
import { LimitError } from './limit-error.js';

/** Codes whose messages are written for clients (parsing, validation, input coercion): shown as they are. */
const CLIENT_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Where a variable failed coercion, from graphql-js's message ('Variable "$input" got invalid value
 * "2022-02-30" at "input.admittedOn"; reason'), so it carries `field` like every other refusal.
 */
function variableViolation(message: string): { field: (string | number)[]; reason: string } | undefined {
  const m = /^Variable "\$([^"]+)" (?:got invalid value .*?(?: at "([^"]+)")?; (.*)|.*)$/s.exec(message);
  if (!m) return undefined;
  const path = (m[2] ?? m[1] ?? '').split(/\.|\[(\d+)\]/).filter((p) => p);
  return { field: path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), reason: m[3] ?? message };
}

/**
 * The one place errors become what clients see: DomainError → its code with `field` and `reason`;
 * limit refusals keep their code; variables that fail coercion get their field path; any
 * other error is masked as INTERNAL_SERVER_ERROR (no SQL, no stack) unless `expose` (development).
 */
export function createErrorFormatter(expose: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    // A refusal thrown before execution (by a plugin) arrives wrapped in the GraphQLError that carries its HTTP status.
    const domain =
      original instanceof DomainError
        ? original
        : original instanceof GraphQLError && original.originalError instanceof DomainError
          ? original.originalError
          : undefined;
    if (domain) {
      return {
        ...base,
        message: domain.message,
        extensions: { code: domain.code, field: domain.field ?? null, reason: domain.message },
      };
    }
    const limit = original instanceof GraphQLError ? original.originalError : undefined;
    if (limit instanceof LimitError || original instanceof LimitError) {
      const e = (limit ?? original) as LimitError;
      const { code, limit: max, found } = e.extensions;
      return { ...base, message: e.message, extensions: { code, limit: max, found } };
    }
    const code = formatted.extensions?.code;
    if (code === 'BAD_USER_INPUT' && formatted.extensions?.field === undefined) {
      const variable = variableViolation(formatted.message);
      if (variable) return { ...formatted, extensions: { ...formatted.extensions, ...variable } };
    }
    if (expose || (typeof code === 'string' && CLIENT_CODES.has(code))) return formatted;
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
