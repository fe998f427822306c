import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWTPayload } from 'jose';
import { DomainError } from '../errors.js';
import { queryRows, sql } from '../store/query/sql.js';
import { type AccessScope, WHOLE_FOREST } from './access-scope.js';
import type { Caller } from './caller.js';
import type { JwtVerifier } from './jwt-verifier.js';
import { hashKey, KEY_PREFIX } from './key-secret.js';
import { isRole, ROLES, type Role } from './roles.js';
import { scopeByCode } from './scope-lookup.js';

export interface AuthenticatorOptions {
  /** Verifier of bearer JWTs; null refuses every token. */
  jwt: JwtVerifier | null;
  /** Claim (dotted path) holding the role, e.g. "role" or "realm_access.roles". */
  roleClaim: string;
  /** Claim (dotted path) holding the scope's organisation code, or "*". */
  scopeClaim: string;
  /** How long a verified credential is trusted without asking the database again (revocation delay). */
  cacheMs: number;
  /** How often at most a key's last-used time is written. */
  touchEveryMs?: number;
}

interface KeyRow {
  id: number;
  name: string;
  role: Role;
  expires_at: Date | null;
  revoked_at: Date | null;
  scope_id: number | null;
  scope_code: string | null;
  scope_path: number[] | null;
}

const unauthenticated = (reason: string) => new DomainError('UNAUTHENTICATED', reason);

/**
 * Turns the Authorization header into the caller, once per request: an API key (looked up by its
 * hash) or a JWT (verified with jose). Verified credentials are cached for `cacheMs`, so a request
 * costs no database round trip and a revocation takes effect within that time in every process.
 */
export class Authenticator {
  private readonly cache = new Map<string, { caller: Caller; until: number }>();
  private readonly touched = new Map<number, number>();

  constructor(
    private readonly em: EntityManager,
    private readonly options: AuthenticatorOptions,
  ) {}

  async authenticate(authorization: string | undefined): Promise<Caller> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) {
      throw unauthenticated('This API needs a credential: send "Authorization: Bearer <API key or token>".');
    }
    const token = match[1] as string;
    const cacheKey = hashKey(token);
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.until > now) return cached.caller;
    this.cache.delete(cacheKey);
    const { caller, until } = token.startsWith(KEY_PREFIX)
      ? await this.fromKey(cacheKey, now)
      : await this.fromToken(token, now);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(cacheKey, { caller, until });
    return caller;
  }

  private async fromKey(hash: string, now: number): Promise<{ caller: Caller; until: number }> {
    const [row] = await queryRows<KeyRow>(
      this.em,
      sql`select k.id, k.name, k.role, k.expires_at, k.revoked_at, k.scope_id, o.code as scope_code, o.path as scope_path
        from api_key k left join organisation o on o.id = k.scope_id where k.key_hash = ${hash}`,
    );
    if (!row) throw unauthenticated('This API key is not known.');
    if (row.revoked_at) throw unauthenticated('This API key was revoked.');
    const expires = row.expires_at ? new Date(row.expires_at).getTime() : Number.POSITIVE_INFINITY;
    if (expires <= now) throw unauthenticated('This API key has expired.');
    this.touch(row.id, now);
    const scope: AccessScope =
      row.scope_id === null
        ? WHOLE_FOREST
        : { organisationId: row.scope_id, code: row.scope_code as string, path: row.scope_path as number[] };
    return {
      caller: { id: `key:${row.id}:${row.name.slice(0, 60)}`, role: row.role, scope },
      until: Math.min(now + this.options.cacheMs, expires),
    };
  }

  private async fromToken(token: string, now: number): Promise<{ caller: Caller; until: number }> {
    if (!this.options.jwt) throw unauthenticated('This server accepts API keys only (no token issuer is configured).');
    let payload: JWTPayload;
    try {
      payload = await this.options.jwt.verify(token);
    } catch (e) {
      throw unauthenticated(`The token was refused: ${e instanceof Error ? e.message : 'invalid token'}.`);
    }
    const subject = typeof payload.sub === 'string' ? payload.sub.trim() : '';
    if (!subject || subject.length > 200 || subject.startsWith('key:') || subject === 'system') {
      throw unauthenticated('The token carries no usable subject (sub).');
    }
    const role = highestRole(claim(payload, this.options.roleClaim));
    if (!role) throw unauthenticated(`The token's ${this.options.roleClaim} claim names none of ${ROLES.join(', ')}.`);
    const code = claim(payload, this.options.scopeClaim);
    if (typeof code !== 'string' || !code) {
      throw unauthenticated(`The token carries no scope (claim ${this.options.scopeClaim}).`);
    }
    const scope = await scopeByCode(this.em, code, []).catch(() => {
      throw unauthenticated(`The token's scope ${code} names no organisation.`);
    });
    const expires = typeof payload.exp === 'number' ? payload.exp * 1000 : now + this.options.cacheMs;
    return { caller: { id: subject, role, scope }, until: Math.min(now + this.options.cacheMs, expires) };
  }

  /** Records use without putting a write on every request's path; a failure here never fails the request. */
  private touch(id: number, now: number): void {
    if ((this.touched.get(id) ?? 0) > now - (this.options.touchEveryMs ?? 60_000)) return;
    this.touched.set(id, now);
    queryRows(this.em, sql`update api_key set last_used_at = now() where id = ${id}`).catch(() => {});
  }
}

/** The value at a dotted path of the claims, e.g. realm_access.roles. */
function claim(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/** A role claim may hold one role or a list (as Keycloak gives); the most trusted known one wins. */
function highestRole(value: unknown): Role | undefined {
  const values = Array.isArray(value) ? value : [value];
  return [...ROLES].reverse().find((r) => values.some((v) => isRole(v) && v === r));
}
