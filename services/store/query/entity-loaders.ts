import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { mapRow } from './map-row.js';
import { pgArray, queryRows, raw, sql } from './sql.js';

interface WithId {
  id: number;
}

/**
 * Per-request by-id loaders, one per entity class, made on first use: every many-to-one relation
 * and `node(id)` go through them, so N parents cost one `where id = any(...)` statement.
 */
export class EntityLoaders {
  readonly #loaders = new Map<EntityClass<WithId>, DataLoader<number, WithId | null>>();

  constructor(private readonly em: EntityManager) {}

  of<T extends WithId>(entity: EntityClass<T>): DataLoader<number, T | null> {
    let loader = this.#loaders.get(entity);
    if (!loader) {
      const table = raw(`"${this.em.getMetadata().get(entity.name).tableName}"`);
      loader = new DataLoader<number, WithId | null>(async (ids) => {
        const rows = await queryRows(this.em, sql`select * from ${table} where id = any(${pgArray(ids)}::int[])`);
        const byId = new Map(rows.map((row) => [Number(row.id), mapRow(this.em, entity, row)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.#loaders.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /** Resolves a many-to-one reference (a `{ id }` stub, or an ORM reference after a write) through the batch. */
  ref<T extends WithId>(entity: EntityClass<T>, reference: { id: number } | null | undefined): Promise<T | null> {
    return reference ? this.of(entity).load(reference.id) : Promise.resolve(null);
  }

  /** Lets a query that already fetched rows (e.g. a head with its person) spare the by-id round trip. */
  prime<T extends WithId>(entity: EntityClass<T>, value: T): void {
    this.of(entity).prime(value.id, value);
  }
}
