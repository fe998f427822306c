import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** A per-request loader by a unique text property (an organisation's code): one `in (...)` per batch. */
export function uniqueLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: keyof T & string,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (values) => {
    const found = await em.find(entity, { [property]: { $in: [...values] } } as never);
    const byValue = new Map(found.map((e) => [String(e[property]), e]));
    return values.map((v) => byValue.get(v) ?? null);
  });
}
