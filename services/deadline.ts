import { AsyncLocalStorage } from 'node:async_hooks';
import { DomainError } from './errors.js';

const current = new AsyncLocalStorage<number>();

/**
 * Runs `fn` (one request) with a deadline `ms` from now. Every database statement it starts,
 * PostgreSQL or DuckDB, asks `remainingMs()` for its time budget, so no request holds a
 * connection past its deadline, however its work is spread over loaders and resolvers.
 */
export function withDeadline<T>(ms: number, fn: () => T): T {
  return current.run(Date.now() + ms, fn);
}

/** Milliseconds left before the current request's deadline; undefined outside a request. */
export function remainingMs(): number | undefined {
  const at = current.getStore();
  return at === undefined ? undefined : at - Date.now();
}

export function deadlineExceeded(): DomainError {
  return new DomainError(
    'DEADLINE_EXCEEDED',
    'The request ran out of time (REQUEST_TIMEOUT_MS); ask for smaller pages or fewer nested lists.',
  );
}

/** The time a statement may take now: the request's remaining time; refuses once it is spent. */
export function statementBudget(): number | undefined {
  const left = remainingMs();
  if (left !== undefined && left <= 0) throw deadlineExceeded();
  return left;
}

/**
 * Runs `fn` outside any request's deadline: for work a request starts but does not own (a job
 * worker, a replica catch-up), which would otherwise inherit the request's spent deadline.
 */
export function outsideDeadline<T>(fn: () => T): T {
  return current.exit(fn);
}
