import { validateSync } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/**
 * Checks class-validator constraints on argument objects synchronously. type-graphql's own
 * validation imports class-validator dynamically on every call, which under a module loader defers
 * resolvers by a macrotask and splits DataLoader batches (more SQL statements per request).
 */
export function validateArgs(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const errors = (Array.isArray(value) ? value : [value]).flatMap((v) =>
    v !== null && typeof v === 'object'
      ? validateSync(v, { skipMissingProperties: true, forbidUnknownValues: false })
      : [],
  );
  if (errors.length) throw new ArgumentValidationError(errors);
}
