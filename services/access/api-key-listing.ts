import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../store/query/sql.js';

/** One key as the command line lists it. */
export interface ApiKeyListing {
  id: number;
  name: string;
  role: string;
  scope: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Every key, newest first, with its scope's code ("*" for the whole forest). */
export async function listApiKeys(em: EntityManager): Promise<ApiKeyListing[]> {
  return queryRows<ApiKeyListing>(
    em,
    sql`select k.id, k.name, k.role, coalesce(o.code, '*') as scope, k.key_prefix as prefix, k.created_at as "createdAt",
        k.expires_at as "expiresAt", k.last_used_at as "lastUsedAt", k.revoked_at as "revokedAt"
      from api_key k left join organisation o on o.id = k.scope_id order by k.id desc`,
  );
}
