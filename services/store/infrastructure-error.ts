import { deadlineExceeded } from '../deadline.js';
import { DomainError } from '../errors.js';

interface DriverFailure {
  name?: string;
  message?: string;
  code?: string;
}

/** PostgreSQL SQLSTATEs and socket errors that mean "the database is not there right now". */
const UNAVAILABLE = /^(08|57P0[1-3]|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)/;

/**
 * A failure of the infrastructure rather than of the request's logic (the pool is full, a statement
 * ran out of time, the database is restarting), as a documented code clients can act on (retry
 * later, ask for less). Anything else is left to be masked and logged as an internal error.
 */
export function infrastructureError(error: unknown): DomainError | undefined {
  const e = error as DriverFailure | null;
  if (!e || typeof e !== 'object') return undefined;
  const message = e.message ?? '';
  if (/Timeout acquiring a connection/.test(message)) {
    return new DomainError('SERVER_BUSY', 'The server is busy (every database connection is in use); retry shortly.');
  }
  if (/Defined query timeout|INTERRUPT/i.test(message)) return deadlineExceeded();
  if (e.code === '57014') {
    return new DomainError(
      'STATEMENT_TIMEOUT',
      'A database statement ran longer than STATEMENT_TIMEOUT_MS and was cancelled; ask for smaller pages or fewer nested lists.',
    );
  }
  if ((e.code && UNAVAILABLE.test(e.code)) || /Connection terminated|connect ECONNREFUSED/.test(message)) {
    return new DomainError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; retry shortly.');
  }
  if (e.code === '22021' || e.code === '22P05') {
    return new DomainError('BAD_USER_INPUT', 'The text contains a character the database cannot store (such as NUL).');
  }
  return undefined;
}
