import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { queryRows, type Sql } from './sql.js';

/**
 * A per-request loader of one computed value per key (a member count, a status tally): `statement`
 * answers all keys at once with rows { __key, value }; keys without a row get `missing`.
 */
export function valueLoader<K, V>(
  em: EntityManager,
  keyText: (key: K) => string,
  statement: (keys: readonly K[]) => Sql,
  missing: V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const values = new Map<string, V>();
      for (const row of await queryRows<{ __key: string; value: V }>(em, statement(keys))) {
        values.set(String(row.__key), row.value);
      }
      return keys.map((k) => values.get(keyText(k)) ?? missing);
    },
    { cacheKeyFn: keyText },
  );
}
