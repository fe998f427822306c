import type { ListQuery } from '../store/query/keyset.js';
import { raw } from '../store/query/sql.js';

export interface ApiKeyListArgs {
  includeRevoked: boolean;
}

/** API keys, newest first. */
export function apiKeyList(a: ApiKeyListArgs): ListQuery {
  return {
    from: raw('api_key t'),
    where: a.includeRevoked ? [] : [raw('t.revoked_at is null')],
    order: { name: 'id', keys: [{ expr: raw('t.id'), type: 'int' }], descending: true },
  };
}
