import { type EntityClass, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

interface WithId {
  id: number;
}

/**
 * Per-request by-id loaders, one per entity class, made on first use: every many-to-one relation
 * and `node(id)` go through them, so N parents cost one `where id in (...)` statement.
 */
export class EntityLoaders {
  readonly #loaders = new Map<EntityClass<WithId>, DataLoader<number, WithId | null>>();

  constructor(private readonly em: EntityManager) {}

  of<T extends WithId>(entity: EntityClass<T>): DataLoader<number, T | null> {
    let loader = this.#loaders.get(entity);
    if (!loader) {
      loader = new DataLoader<number, WithId | null>(async (ids) => {
        const found = await this.em.find(entity, { id: { $in: [...ids] } } as never);
        const byId = new Map(found.map((e) => [e.id, e]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.#loaders.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /** Resolves a many-to-one reference: as is when already loaded, else through the batch. */
  async ref<T extends WithId>(entity: EntityClass<T>, reference: T | null | undefined): Promise<T | null> {
    if (!reference) return null;
    if (wrap(reference).isInitialized()) return reference;
    return this.of(entity).load(reference.id);
  }

  /** Lets a query that already fetched rows (e.g. a head with its person) spare the by-id round trip. */
  prime<T extends WithId>(entity: EntityClass<T>, value: T): void {
    this.of(entity).prime(value.id, value);
  }
}
