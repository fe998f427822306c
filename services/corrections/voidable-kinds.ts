import type { EntityClass } from '@mikro-orm/core';
import { Member } from '../membership/member.entity.js';
import { SAME_DAY_ORDER } from '../membership/member-cell.service.js';
import { MembershipEvent } from '../membership/membership-event.entity.js';
import { DisciplinaryAction } from '../oversight/disciplinary-action.entity.js';
import { Inspection } from '../oversight/inspection.entity.js';
import { InspectionTeam } from '../oversight/inspection-team.entity.js';
import { Supervision } from '../oversight/supervision.entity.js';
import { IndexScore } from '../programmes/index-score.entity.js';
import { Meeting } from '../programmes/meeting.entity.js';
import { joinSql, pgArray, raw, type Sql, sql } from '../store/query/sql.js';
import type { WriteUnit } from '../write/write-unit.js';
import { restoreMember, TRANSFER_KINDS } from './restore-member.js';
import type { VoidableEntity } from './voidable.entity.js';

/** How one kind of record is voided: where it sits, what goes with it, what must not depend on it. */
export interface VoidableKind {
  entity: EntityClass<VoidableEntity>;
  /**
   * `tree`: the record sits where row visibility places it, and voiding needs the caller's scope to
   * hold it; `reference`: reference data every caller reads, voided by whole-forest editors only.
   */
  placement: 'tree' | 'reference';
  /** Which of the records several mutations write into this kind a row is (a membership event's kind). */
  subkind?(row: VoidableEntity): string;
  /** Why a record of this kind cannot be voided by itself; undefined when it can. */
  refusal?(row: VoidableEntity): string | undefined;
  /** Live records voided with it, as one correction (a member's admission event, a transfer's other half). */
  parts?(w: WriteUnit, row: VoidableEntity): Promise<VoidableEntity[]>;
  /** Live later records that depend on it: rows of (kind, id), the record's id bound as the parameter. */
  dependants?(id: number): Sql;
  /** Brings state derived from the voided records back to what the remaining live ones say. */
  afterVoid?(w: WriteUnit, voided: VoidableEntity[]): Promise<void>;
}

/** The oversight tables, under their node type names, with the column holding their day. */
const OVERSIGHT = [
  { kind: 'Inspection', table: 'inspection', day: 'occurred_on' },
  { kind: 'Supervision', table: 'supervision', day: 'occurred_on' },
  { kind: 'DisciplinaryAction', table: 'disciplinary_action', day: 'decided_on' },
];

/** Live inspections, supervisions and disciplinary actions of a member, on or after `from` (an SQL day). */
function oversightOfMember(member: Sql, from: Sql = raw("'-infinity'::date")): Sql {
  return joinSql(
    OVERSIGHT.map(
      ({ kind, table, day }) =>
        sql`select ${kind}::text as kind, r.id from ${raw(table)} r
          where r.subject_member_id = ${member} and r.voided_at is null and r.${raw(day)} >= ${from}`,
    ),
    ' union all ',
  );
}

/** A membership event's place among same-day events, in the order the member's cell is replayed. */
const eventRank = (alias: string): Sql => {
  const kinds = Object.entries(SAME_DAY_ORDER).sort((a, b) => a[1] - b[1]);
  return raw(`array_position(array[${kinds.map(([k]) => `'${k}'`).join(', ')}], ${alias}.kind)`);
};

/**
 * Every kind of record corrected by voiding, under its node type name (the kind global ids carry).
 * A kind added to the tables (the migration's VOIDABLE_TABLES) is voidable once it is listed here.
 */
export const VOIDABLE_KINDS: Readonly<Record<string, VoidableKind>> = {
  Member: {
    entity: Member,
    placement: 'tree',
    // A member row comes with the event that brought it: its admission, or its arrival from outside the
    // city (a transfer in without a counterpart); the two are voided together.
    async parts(w, row) {
      return w.em.find(MembershipEvent, {
        member: row.id,
        $or: [{ kind: 'admission' }, { kind: 'transfer_in', counterpart: null }],
        voidedAt: null,
      });
    },
    dependants: (id) =>
      sql`select 'MembershipEvent' as kind, e.id from membership_event e
        where e.member_id = ${id} and e.voided_at is null
          and e.kind <> 'admission' and not (e.kind = 'transfer_in' and e.counterpart_id is null)
        union all ${oversightOfMember(sql`${id}`)}`,
  },
  MembershipEvent: {
    entity: MembershipEvent,
    placement: 'tree',
    // Exits and full memberships are written by their own mutations: each corrects only its own kind.
    subkind: (row) => (row as MembershipEvent).kind,
    refusal: (row) =>
      (row as MembershipEvent).kind === 'admission'
        ? 'An admission event is voided with its admission: void the Member.'
        : undefined,
    // The two halves of a transfer inside the city are one move.
    async parts(w, row) {
      const event = row as MembershipEvent;
      if (!TRANSFER_KINDS.includes(event.kind)) return [];
      return w.em.find(MembershipEvent, {
        member: event.member,
        occurredOn: event.occurredOn,
        kind: TRANSFER_KINDS.filter((k) => k !== event.kind),
        voidedAt: null,
      });
    },
    // Later events of the member (the other half of a transfer aside), and oversight of the member from that day.
    dependants: (id) =>
      sql`with v as (select member_id, occurred_on, kind from membership_event where id = ${id})
        select 'MembershipEvent' as kind, e.id from membership_event e, v
        where e.member_id = v.member_id and e.voided_at is null and e.id <> ${id}
          and (e.occurred_on, ${eventRank('e')}) > (v.occurred_on, ${eventRank('v')})
          and not (e.occurred_on = v.occurred_on and e.kind = any(${pgArray(TRANSFER_KINDS)}::text[])
            and v.kind = any(${pgArray(TRANSFER_KINDS)}::text[]))
        union all ${oversightOfMember(raw('(select member_id from v)'), raw('(select occurred_on from v)'))}`,
    afterVoid: (w, voided) => restoreMember(w, voided as MembershipEvent[]),
  },
  Inspection: { entity: Inspection, placement: 'tree' },
  Supervision: { entity: Supervision, placement: 'tree' },
  DisciplinaryAction: { entity: DisciplinaryAction, placement: 'tree' },
  InspectionTeam: {
    entity: InspectionTeam,
    placement: 'tree',
    dependants: (id) =>
      sql`select 'Inspection' as kind, i.id from inspection i where i.team_id = ${id} and i.voided_at is null`,
  },
  // A meeting's participants are part of its row, not records of their own: they stay with it.
  Meeting: { entity: Meeting, placement: 'tree' },
  IndexScore: { entity: IndexScore, placement: 'reference' },
};
