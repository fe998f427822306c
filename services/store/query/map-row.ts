import { type EntityClass, type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type Step = (target: Record<string, unknown>, row: Record<string, unknown>) => void;

// Plans derive from ORM metadata only, so they are shared by all requests of that ORM.
const plans = new WeakMap<EntityMetadata, Step[]>();
const ENTITY = Symbol('entity class');

/** The entity class a value was read as: rows mapped here carry it, managed entities have it as constructor. */
export function entityClassOf(value: object): EntityClass<object> {
  return (value as { [ENTITY]?: EntityClass<object> })[ENTITY] ?? (value.constructor as EntityClass<object>);
}

function plan(meta: EntityMetadata): Step[] {
  const steps: Step[] = [];
  for (const prop of meta.props) {
    const column = prop.fieldNames?.[0];
    if (!column) continue;
    const name = prop.name;
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      steps.push((t, r) => {
        const id = r[column];
        t[name] = id == null ? undefined : { id: Number(id) };
      });
    } else if (prop.kind === ReferenceKind.SCALAR && prop.runtimeType === 'Date') {
      steps.push((t, r) => {
        const v = r[column];
        t[name] = v == null ? undefined : new Date(v as string);
      });
    } else if (prop.kind === ReferenceKind.SCALAR && prop.runtimeType === 'number') {
      steps.push((t, r) => {
        const v = r[column];
        t[name] = v == null ? undefined : Number(v);
      });
    } else if (prop.kind === ReferenceKind.SCALAR) {
      steps.push((t, r) => {
        const v = r[column];
        t[name] = v == null ? undefined : v;
      });
    }
  }
  return steps;
}

/**
 * The properties of `entity` from a raw row (column names), for reading only: a plain object
 * tagged with its class, outside the unit of work; relations are `{ id }` stubs the by-id loaders
 * resolve. Managed entities (`em.map`) cost about a third of a large request's time, and the
 * ORM's prototype setters make even bare instances expensive.
 */
export function mapRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity.name);
  let steps = plans.get(meta);
  if (!steps) {
    steps = plan(meta);
    plans.set(meta, steps);
  }
  const target: Record<string | symbol, unknown> = { [ENTITY]: entity };
  for (const step of steps) step(target, row);
  return target as T;
}
