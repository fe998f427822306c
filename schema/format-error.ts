import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../services/error-codes.js';
import { DomainError } from '../services/errors.js';
import { infrastructureError } from '../services/store/infrastructure-error.js';
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

/** Messages and reasons longer than this are cut: an error must not echo a 500 KB input back. */
const MAX_TEXT = 300;

function clip(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT)}… (${text.length} characters)`;
}

/** Without introspection, "Did you mean …?" would still reveal the schema field by field. */
function withoutSuggestions(text: string): string {
  return text.replace(/ ?Did you mean .+\?$/s, '');
}

/**
 * Where a variable failed coercion, from graphql-js's message ('Variable "$input" got invalid value
 * "2022-02-30" at "input.admittedOn"; reason'), so it carries `field` like every other refusal.
 */
function variableViolation(message: string): { field: (string | number)[]; reason: string } | undefined {
  const m = /^Variable "\$([^"]+)" (?:got invalid value .*?(?: at "([^"]+)")?; (.*)|.*)$/s.exec(message);
  if (!m) return undefined;
  const path = (m[2] ?? m[1] ?? '').split(/\.|\[(\d+)\]/).filter((p) => p);
  return { field: path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), reason: clip(m[3] ?? message) };
}

/** graphql-js's refusal of a document past `parseOptions.maxTokens`, as a limit with its own code. */
function tokenLimit(message: string): LimitError | undefined {
  const m = /Document contains more th(?:an|at) (\d+) tokens/.exec(message);
  if (!m) return undefined;
  const limit = Number(m[1]);
  return new LimitError(
    'TOO_MANY_TOKENS',
    `The document has more than ${limit} tokens; send a shorter one.`,
    limit,
    limit + 1,
  );
}

/** The DomainError behind an error: thrown by a resolver, or before execution by a plugin (then wrapped in the GraphQLError that carries its HTTP status). */
function domainOf(original: unknown): DomainError | undefined {
  if (original instanceof DomainError) return original;
  return original instanceof GraphQLError && original.originalError instanceof DomainError
    ? original.originalError
    : undefined;
}

/** The LimitError behind an error, if a protection limit refused the request. */
function limitOf(original: unknown): LimitError | undefined {
  const inner = original instanceof GraphQLError ? original.originalError : undefined;
  return [inner, original].find((e) => e instanceof LimitError) as LimitError | undefined;
}

/** The infrastructure failure behind an error (busy pool, timeout, database away), as its documented refusal. */
function infrastructureOf(original: unknown): DomainError | undefined {
  const inner = original instanceof GraphQLError ? original.originalError : undefined;
  return infrastructureError(original) ?? infrastructureError(inner);
}

/** What kind of failure an error is: a refusal the client can act on, the infrastructure's, or a bug. */
export type ErrorKind = 'client' | 'infrastructure' | 'internal';

/** An error's kind and the code clients see for it (before formatting: for logs and metrics). */
export function describeError(error: unknown): { kind: ErrorKind; code: string } {
  const original = unwrapResolverError(error);
  const domain = domainOf(original);
  if (domain) return { kind: 'client', code: domain.code };
  const limit = limitOf(original);
  if (limit) return { kind: 'client', code: String(limit.extensions.code) };
  const infrastructure = infrastructureOf(original);
  if (infrastructure) return { kind: 'infrastructure', code: infrastructure.code };
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return { kind: 'client', code };
  return { kind: 'internal', code: 'INTERNAL_SERVER_ERROR' };
}

function domainShape(base: Partial<GraphQLFormattedError>, e: DomainError): GraphQLFormattedError {
  const message = clip(e.message);
  return { ...base, message, extensions: { ...e.extensions, code: e.code, field: e.field ?? null, reason: message } };
}

/**
 * The one place errors become what clients see: DomainError → its code with `field` and `reason`;
 * limit refusals keep their code; a failure of the infrastructure (busy pool, timeout, database
 * away) gets its documented code; variables that fail coercion get their field path; any other
 * error is masked as INTERNAL_SERVER_ERROR (no SQL, no stack) unless `expose` (development).
 * Texts are clipped so no error echoes a large input; `suggestions: false` drops "Did you mean".
 */
export function createErrorFormatter({ expose, suggestions }: { expose: boolean; suggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    const domain = domainOf(original);
    if (domain) return domainShape(base, domain);
    const limit = limitOf(original) ?? tokenLimit(formatted.message);
    if (limit) {
      const { code, limit: max, found } = limit.extensions;
      return { ...base, message: limit.message, extensions: { code, limit: max, found } };
    }
    const infrastructure = infrastructureOf(original);
    if (infrastructure) return domainShape(base, infrastructure);
    const code = formatted.extensions?.code;
    if (code === 'BAD_USER_INPUT' && formatted.extensions?.field === undefined) {
      const variable = variableViolation(formatted.message);
      if (variable) {
        return { ...formatted, message: clip(formatted.message), extensions: { ...formatted.extensions, ...variable } };
      }
    }
    if (expose) return formatted;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...formatted, message: clip(suggestions ? formatted.message : withoutSuggestions(formatted.message)) };
    }
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
