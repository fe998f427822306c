import type { z } from 'zod';
import { DomainError } from '../errors.js';

export type FieldPath = readonly (string | number)[];

/** Field paths start at the mutation argument, so clients can point at the widget that holds the bad value. */
export function fieldPath(...segments: (string | number)[]): FieldPath {
  return ['input', ...segments];
}

/** Checks a mutation's input; the first problem becomes BAD_USER_INPUT with its field path and reason. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  throw new DomainError('BAD_USER_INPUT', issue?.message ?? 'invalid input', fieldPath(...path));
}
