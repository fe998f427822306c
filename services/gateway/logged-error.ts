import type { GraphQLError } from 'graphql';

/** A PostgreSQL SQLSTATE, which marks a driver error whose message starts with the statement. */
const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * What the log keeps of a failed request's error: where it happened, its type, code, message and
 * (for bugs) stack. A driver's message starts with the statement and its bound values (which may be personal
 * fields: birth year, ethnicity, education), so only the database's own reason is kept.
 */
export function loggedError(error: GraphQLError, withStack: boolean) {
  const original = error.originalError ?? error;
  const code = (original as { code?: unknown }).code;
  const message =
    typeof code === 'string' && SQLSTATE.test(code) ? (original.message.split(' - ').pop() ?? '') : original.message;
  const frames = withStack
    ? original.stack?.split('\n').filter((line) => line.trimStart().startsWith('at '))
    : undefined;
  return {
    path: error.path,
    err: { type: original.name, code, message: message.slice(0, 500), stack: frames?.join('\n') },
  };
}
