import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { mapRow } from './map-row.js';
import type { RowScope } from './row-scope.js';
import { queryRows, raw, type Sql } from './sql.js';

/**
 * A per-request loader of small, unpaginated lists (an item's status history, a person's positions):
 * `statement` answers all keys at once, reading `entity`'s table as `t` and keeping only the rows
 * where `visible` holds (the request's row scope), and tags each row with a text column "__key"
 * equal to `keyText(key)`; rows come back in statement order as read-only rows of `entity` (mapRow:
 * plain objects tagged with the class, outside the unit of work).
 */
export function groupLoader<K, T extends object>(
  em: EntityManager,
  rows: RowScope,
  entity: EntityClass<T>,
  keyText: (key: K) => string,
  statement: (keys: readonly K[], visible: Sql) => Sql,
): DataLoader<K, T[], string> {
  const visible = rows.where(em.getMetadata().get(entity.name).tableName, 't') ?? raw('true');
  return new DataLoader<K, T[], string>(
    async (keys) => {
      const groups = new Map<string, T[]>(keys.map((k) => [keyText(k), []]));
      for (const { __key, ...row } of await queryRows<{ __key: string }>(em, statement(keys, visible))) {
        groups.get(String(__key))?.push(mapRow(em, entity, row));
      }
      return keys.map((k) => groups.get(keyText(k)) ?? []);
    },
    { cacheKeyFn: keyText },
  );
}
