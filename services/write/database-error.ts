import {
  CheckConstraintViolationException,
  DeadlockException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { DomainError } from '../errors.js';

/**
 * Turns a database refusal that got past the service checks (usually a concurrent write) into a
 * documented code whose message names no table, column or SQL; anything else is returned as is.
 */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException) {
    return new DomainError('CONFLICT', 'The change conflicts with a record that already exists; reload and retry.');
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return new DomainError('NOT_FOUND', 'The change refers to a record that does not exist (any longer).');
  }
  if (error instanceof CheckConstraintViolationException || error instanceof NotNullConstraintViolationException) {
    return new DomainError('CONSTRAINT_VIOLATION', 'The change breaks a rule of the data model and was not saved.');
  }
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) {
    return new DomainError('CONFLICT', 'A concurrent change got in the way; nothing was saved, retry.');
  }
  return error;
}
