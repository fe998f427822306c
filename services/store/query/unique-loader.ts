import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { mapRow } from './map-row.js';
import type { RowScope } from './row-scope.js';
import { pgArray, queryRows, raw, sql } from './sql.js';

/**
 * A per-request loader by a unique text property (an organisation's code): one `= any(...)` per
 * batch; rows outside the request's row scope are read as absent.
 */
export function uniqueLoader<T extends object>(
  em: EntityManager,
  rows: RowScope,
  entity: EntityClass<T>,
  property: keyof T & string,
): DataLoader<string, T | null> {
  const meta = em.getMetadata().get(entity.name);
  const column = meta.properties[property as never]?.fieldNames[0];
  const from = raw(`"${meta.tableName}" t where t."${column}"`);
  const visible = rows.where(meta.tableName, 't') ?? raw('true');
  return new DataLoader<string, T | null>(async (values) => {
    const found = await queryRows(em, sql`select t.* from ${from} = any(${pgArray(values)}::text[]) and ${visible}`);
    const byValue = new Map(found.map((row) => [String(row[column as string]), mapRow(em, entity, row)]));
    return values.map((v) => byValue.get(v) ?? null);
  });
}
