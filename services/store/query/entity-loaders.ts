import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DomainError } from '../../errors.js';
import { mapRow } from './map-row.js';
import type { RowScope } from './row-scope.js';
import { pgArray, queryRows, raw, sql } from './sql.js';

interface WithId {
  id: number;
}

/** A row that exists but lies outside the request's row scope. */
const HIDDEN = Object.freeze({ id: 0, hidden: true });
type Loaded = WithId | typeof HIDDEN | null;

/**
 * Per-request by-id loaders, one per entity class, made on first use: every many-to-one relation
 * and `node(id)` go through them, so N parents cost one `where id = any(...)` statement. Rows
 * outside the request's row scope are read as absent by `of()` and refused by `ref()`.
 */
export class EntityLoaders {
  readonly #loaders = new Map<EntityClass<WithId>, DataLoader<number, Loaded>>();

  constructor(
    private readonly em: EntityManager,
    private readonly rows: RowScope,
  ) {}

  /** Loads by id; null when there is no such row or the caller may not see it (the two are not told apart). */
  of<T extends WithId>(entity: EntityClass<T>): { load(id: number): Promise<T | null> } {
    const loader = this.loader(entity);
    return {
      load: async (id) => {
        const row = await loader.load(id);
        return row === HIDDEN ? null : (row as T | null);
      },
    };
  }

  /**
   * Resolves a many-to-one reference (a `{ id }` stub, or an ORM reference after a write) through the
   * batch; a reference to a row outside the caller's scope is FORBIDDEN, so a visible record never
   * pulls in an invisible one.
   */
  async ref<T extends WithId>(entity: EntityClass<T>, reference: { id: number } | null | undefined): Promise<T | null> {
    if (!reference) return null;
    const row = await this.loader(entity).load(reference.id);
    if (row === HIDDEN) {
      throw new DomainError('FORBIDDEN', `This ${entity.name} lies outside your scope.`);
    }
    return row as T | null;
  }

  /** Lets a query that already fetched rows (e.g. a head with its person) spare the by-id round trip. */
  prime<T extends WithId>(entity: EntityClass<T>, value: T): void {
    this.loader(entity).prime(value.id, value);
  }

  private loader(entity: EntityClass<WithId>): DataLoader<number, Loaded> {
    let loader = this.#loaders.get(entity);
    if (!loader) {
      const tableName = this.em.getMetadata().get(entity.name).tableName;
      const table = raw(`"${tableName}" t`);
      const visible = this.rows.where(tableName, 't') ?? raw('true');
      loader = new DataLoader<number, Loaded>(async (ids) => {
        const rows = await queryRows<{ __visible: boolean; id: number }>(
          this.em,
          sql`select t.*, ${visible} as "__visible" from ${table} where t.id = any(${pgArray(ids)}::int[])`,
        );
        const byId = new Map<number, Loaded>(
          rows.map(({ __visible, ...row }) => [Number(row.id), __visible ? mapRow(this.em, entity, row) : HIDDEN]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.#loaders.set(entity, loader);
    }
    return loader;
  }
}
