import { DomainError } from '../../services/errors.js';

/** The opaque id of a node: base64 of "Type:id", so clients never build ids from database keys. */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/**
 * Reads a global id; refuses with INVALID_ID (naming the argument) when it is malformed or, given
 * `expected`, when it names another type.
 */
export function fromGlobalId(
  value: string,
  field: readonly (string | number)[],
  expected?: string,
): { type: string; id: number } {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const m = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  const id = m ? Number(m[2]) : Number.NaN;
  if (!m || !Number.isSafeInteger(id) || id > 2_147_483_647 || Buffer.from(decoded).toString('base64') !== value) {
    throw new DomainError('INVALID_ID', `"${value}" is not an id issued by this API`, field);
  }
  if (expected && m[1] !== expected) {
    throw new DomainError('INVALID_ID', `expected the id of a ${expected}, got the id of a ${m[1]}`, field);
  }
  return { type: m[1] as string, id };
}
