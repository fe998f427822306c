import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { mapRow } from './map-row.js';
import { pgArray, queryRows, raw, sql } from './sql.js';

/** A per-request loader by a unique text property (an organisation's code): one `= any(...)` per batch. */
export function uniqueLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: keyof T & string,
): DataLoader<string, T | null> {
  const meta = em.getMetadata().get(entity.name);
  const column = meta.properties[property as never]?.fieldNames[0];
  const from = raw(`"${meta.tableName}" where "${column}"`);
  return new DataLoader<string, T | null>(async (values) => {
    const rows = await queryRows(em, sql`select * from ${from} = any(${pgArray(values)}::text[])`);
    const byValue = new Map(rows.map((row) => [String(row[column as string]), mapRow(em, entity, row)]));
    return values.map((v) => byValue.get(v) ?? null);
  });
}
