import { createHash, randomBytes } from 'node:crypto';

/** Every key starts so; a bearer value without it is read as a JWT. */
export const KEY_PREFIX = 'cgk_';

/** A new key: 256 random bits, URL-safe, recognisable by its prefix. */
export function newKeySecret(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** What the database keeps of a key: its SHA-256, hex. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The part of a key shown in lists so people can tell their keys apart: never enough to use it. */
export function keyPrefixOf(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 6);
}
