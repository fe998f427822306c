import { DomainError } from '../../services/errors.js';
import type { Cursor } from '../../services/store/query/keyset.js';

/** Opaque to clients; carries the ordering so a cursor taken under one `orderBy` is refused under another. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.order, ...cursor.values]), 'utf8').toString('base64url');
}

export function decodeCursor(value: string, field: readonly (string | number)[]): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length < 2 ||
    typeof parsed[0] !== 'string' ||
    // A NUL could never be compared in PostgreSQL; no cursor this API issued holds one.
    !parsed
      .slice(1)
      .every((v) => (typeof v === 'string' && !v.includes('\0')) || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw new DomainError('INVALID_CURSOR', `"${value}" is not a cursor issued by this API`, field);
  }
  return { order: parsed[0], values: parsed.slice(1) };
}
