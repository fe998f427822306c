import type { EntityManager } from '@mikro-orm/postgresql';
import { type AsOfKey, asOfKeys, asOfKeyText } from '../store/query/as-of-keys.js';
import { groupLoader } from '../store/query/group-loader.js';
import { pageLoader } from '../store/query/keyset.js';
import type { RowScope } from '../store/query/row-scope.js';
import { pgArray, raw, sql } from '../store/query/sql.js';
import { valueLoader } from '../store/query/value-loader.js';
import { Member } from './member.entity.js';
import { memberList } from './member.queries.js';
import { membersOnDay } from './members-on-day.js';
import { MembershipEvent } from './membership-event.entity.js';
import { membershipEventList } from './membership-event.queries.js';

/** Per-request loaders of Party membership. */
export function createMembershipLoaders(em: EntityManager, rows: RowScope) {
  return {
    members: pageLoader(em, rows, Member, memberList),
    events: pageLoader(em, rows, MembershipEvent, membershipEventList),
    /** A person's live membership (at most one: a partial unique index on member.person_id); voided ones are corrections. */
    memberOfPerson: groupLoader(
      em,
      rows,
      Member,
      String,
      (personIds, visible) => sql`select t.person_id::text as "__key", t.* from member t
        where t.person_id = any(${pgArray(personIds)}::int[]) and t.voided_at is null and ${visible}`,
    ),
    /** Members of each organisation's subtree on a day (see membersOnDay). */
    memberCount: valueLoader<AsOfKey, number>(
      em,
      asOfKeyText,
      (keys) => {
        const k = asOfKeys(keys);
        return sql`select ${k.key} as "__key", ${membersOnDay(raw('k.id'), raw('k.as_of'))} as value from ${k.from}`;
      },
      0,
    ),
  };
}

export type MembershipLoaders = ReturnType<typeof createMembershipLoaders>;
