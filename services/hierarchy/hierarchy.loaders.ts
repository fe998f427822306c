import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { type AsOfKey, asOfKeys, asOfKeyText } from '../store/query/as-of-keys.js';
import type { EntityLoaders } from '../store/query/entity-loaders.js';
import { groupLoader } from '../store/query/group-loader.js';
import { pageLoader } from '../store/query/keyset.js';
import { mapRow } from '../store/query/map-row.js';
import type { RowScope } from '../store/query/row-scope.js';
import { pgArray, queryRows, raw, sql } from '../store/query/sql.js';
import { uniqueLoader } from '../store/query/unique-loader.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import { unitList } from './administrative-unit.queries.js';
import { headOnDay } from './head-on-day.js';
import { Organisation } from './organisation.entity.js';
import { organisationList } from './organisation.queries.js';
import { Person } from './person.entity.js';
import { personList } from './person.queries.js';
import { Position } from './position.entity.js';

/** Positions held on k.as_of (all of them when it is null). */
const heldOn = sql`(k.as_of is null or (t.started_on <= k.as_of and (t.ended_on is null or t.ended_on >= k.as_of)))`;

/** Per-request loaders of the hierarchy: organisations, administrative units, people, positions. */
export function createHierarchyLoaders(em: EntityManager, rows: RowScope, entities: EntityLoaders) {
  return {
    organisationByCode: uniqueLoader(em, rows, Organisation, 'code'),
    unitByCode: uniqueLoader(em, rows, AdministrativeUnit, 'code'),
    organisations: pageLoader(em, rows, Organisation, organisationList),
    units: pageLoader(em, rows, AdministrativeUnit, unitList),
    people: pageLoader(em, rows, Person, personList),
    personByCode: uniqueLoader(em, rows, Person, 'code'),
    /** Root first, self excluded: the ids are in the organisation's own `path`. */
    ancestors: groupLoader(em, rows, Organisation, String, (ids, visible) => {
      return sql`select o.id::text as "__key", t.* from organisation o
        join organisation t on t.id = any(o.path) and t.id <> o.id
        where o.id = any(${pgArray(ids)}::int[]) and ${visible} order by o.id, cardinality(t.path)`;
    }),
    positionsOfPerson: groupLoader(em, rows, Position, asOfKeyText, (keys, visible) => {
      const k = asOfKeys(keys);
      return sql`select ${k.key} as "__key", t.* from ${k.from} join position t on t.person_id = k.id
        where ${heldOn} and ${visible} order by k.id, t.started_on desc, t.id`;
    }),
    positionsInOrganisation: groupLoader(em, rows, Position, asOfKeyText, (keys, visible) => {
      const k = asOfKeys(keys);
      return sql`select ${k.key} as "__key", t.* from ${k.from} join position t on t.organisation_id = k.id
        where ${heldOn} and ${visible}
        order by k.id, array_position(array['head','standing_deputy','deputy','member'], t.role), t.started_on desc, t.id`;
    }),
    head: headLoader(em, entities),
  };
}

export type HierarchyLoaders = ReturnType<typeof createHierarchyLoaders>;

/**
 * The head (role "head") of each organisation on a day, latest appointment first, fetched with the
 * person in the same statement so `head { person { … } }` costs one round trip.
 */
function headLoader(em: EntityManager, entities: EntityLoaders) {
  return new DataLoader<AsOfKey, Position | null, string>(
    async (keys) => {
      const k = asOfKeys(keys);
      const rows = await queryRows<{ __key: string; __person: Record<string, unknown> }>(
        em,
        sql`select ${k.key} as "__key", to_jsonb(pe) as "__person", t.* from ${k.from}
          join lateral ${headOnDay(raw('k.id'), raw('k.as_of'))} t on true
          join person pe on pe.id = t.person_id`,
      );
      const heads = new Map<string, Position>();
      for (const { __key, __person, ...row } of rows) {
        entities.prime(Person, mapRow(em, Person, __person));
        heads.set(__key, mapRow(em, Position, row));
      }
      return keys.map((key) => heads.get(asOfKeyText(key)) ?? null);
    },
    { cacheKeyFn: asOfKeyText },
  );
}
