import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../store/query/group-loader.js';
import type { RowScope } from '../store/query/row-scope.js';
import { pgArray, raw, sql } from '../store/query/sql.js';
import type { VoidableEntity } from './voidable.entity.js';

/** Per-request loaders of corrections: the record that replaces each voided one, one statement per kind. */
export function createCorrectionsLoaders(em: EntityManager, rows: RowScope) {
  const loaders = new Map<EntityClass<VoidableEntity>, ReturnType<typeof replacements>>();
  const replacements = (entity: EntityClass<VoidableEntity>) => {
    const table = raw(`"${em.getMetadata().get(entity.name).tableName}" t`);
    return groupLoader(
      em,
      rows,
      entity,
      String,
      (ids: readonly number[], visible) => sql`select t.replaces_id::text as "__key", t.* from ${table}
        where t.replaces_id = any(${pgArray(ids)}::int[]) and ${visible}`,
    );
  };
  return {
    /** The record that replaces a voided one of `entity` (at most one: replaces_id is unique). */
    replacementOf(entity: EntityClass<VoidableEntity>) {
      let loader = loaders.get(entity);
      if (!loader) {
        loader = replacements(entity);
        loaders.set(entity, loader);
      }
      return loader;
    },
  };
}

export type CorrectionsLoaders = ReturnType<typeof createCorrectionsLoaders>;
