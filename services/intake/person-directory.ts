import { rowScopeOf } from '../access/row-visibility.js';
import { DomainError } from '../errors.js';
import { freePersonCode } from '../membership/joining-person.js';
import type { MemberStatus } from '../membership/member.entity.js';
import type { EventOnRecord } from '../membership/member-cell.service.js';
import type { LatestEvent, MemberOnRecord } from '../membership/member-timeline.js';
import type { ExitReason } from '../membership/membership-event.entity.js';
import { joinSql, pgArray, raw, type Sql, sql } from '../store/query/sql.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { writtenByThisImport } from './new-person-rows.js';

/** A membership event a row of the file adds, as the writer inserts it. */
export interface NewEvent extends EventOnRecord {
  exitReason?: ExitReason;
}

/** What intake rows need of a live membership: the member row, its live events and what lies on it. */
export interface MemberEntry extends MemberOnRecord {
  /** Negative for a member an earlier row of the file brings in (transfers into the city). */
  id: number;
  cellId: number;
  status: MemberStatus;
  /** Its row lies in the caller's scope (services/access/row-visibility.ts, as the mutations' find). */
  visible: boolean;
  events: EventOnRecord[];
  latest?: LatestEvent;
  /** The latest day of an inspection, supervision or disciplinary action of the member. */
  latestOversightOn?: string;
  /** Its expulsion decisions on record, latest first. */
  expulsions: { id: number; decidedOn: string }[];
  /** Events the rows of the file add, in row order; the writer inserts them and updates the row. */
  added: NewEvent[];
}

export interface PersonEntry {
  /** Negative for someone an earlier row of the file records. */
  id: number;
  code: string;
  fullName: string;
  birthYear: number;
  visible: boolean;
  member?: MemberEntry;
}

interface PersonRow {
  id: number;
  code: string;
  fullName: string;
  birthYear: number;
  visible: boolean;
  memberId: number | null;
  memberVisible: boolean | null;
  cellId: number;
  status: MemberStatus;
  admittedOn: string;
  probationEndsOn: string;
  fullMemberOn: string | null;
  leftOn: string | null;
  arrivedOn: string | null;
}

/**
 * The people a file names by register code (person.code), read set-based chunk by chunk (extend):
 * each with their live membership, its events, the latest oversight of them and their expulsion
 * decisions, so every row is checked in memory with the mutations' rule functions. Rows change the
 * entries as they are checked (a transfer moves the member, an exit ends them), so a later row of
 * the same member is checked against what the earlier rows did, as the mutations would in order.
 */
export class PersonDirectory {
  private readonly byCode = new Map<string, PersonEntry>();
  private lastProvisionalId = 0;

  private constructor() {}

  static empty(): PersonDirectory {
    return new PersonDirectory();
  }

  /**
   * Adds the people with these codes that the directory does not hold yet (a file in chunks names
   * its people chunk by chunk): those it holds stay as the earlier rows left them, and a code an
   * earlier row gave stays that row's, so no chunk re-reads what is known. Someone an earlier chunk
   * wrote under a code the register gave is not read: that code is free for the file's rows
   * (new-person-rows.ts, writtenByThisImport), on import as on a dry run, which wrote no one.
   */
  async extend(w: WriteUnit, codes: readonly string[]): Promise<void> {
    const unknown = [...new Set(codes)].filter((c) => !this.byCode.has(c));
    for (const e of await PersonDirectory.read(w, unknown)) this.byCode.set(e.code, e);
  }

  /** The people with these codes, their member rows locked until commit as the mutations lock them. */
  private static async read(w: WriteUnit, codes: readonly string[]): Promise<PersonEntry[]> {
    if (!codes.length) return [];
    const scope = rowScopeOf(w.caller.scope);
    const visible = (table: string, alias: string) => scope.where(table, alias) ?? raw('true');
    const people = await run<PersonRow>(
      w,
      sql`select p.id, p.code, p.full_name as "fullName", p.birth_year as "birthYear",
          ${visible('person', 'p')} as visible,
          m.id as "memberId", ${visible('member', 'm')} as "memberVisible", m.cell_id as "cellId", m.status,
          m.admitted_on::text as "admittedOn", m.probation_ends_on::text as "probationEndsOn",
          m.full_member_on::text as "fullMemberOn", m.left_on::text as "leftOn", m.arrived_on::text as "arrivedOn"
        from person p left join member m on m.person_id = p.id and m.voided_at is null
        where p.code = any(${pgArray(codes)}::text[])
          and not ${raw(writtenByThisImport('p'))}`,
    );
    const members = new Map<number, MemberEntry>();
    const entries = people.map((r): PersonEntry => {
      const { id, code, fullName, birthYear } = r;
      const entry: PersonEntry = { id, code, fullName, birthYear, visible: r.visible };
      if (r.memberId !== null) {
        entry.member = {
          id: r.memberId,
          cellId: r.cellId,
          status: r.status,
          admittedOn: r.admittedOn,
          probationEndsOn: r.probationEndsOn,
          fullMemberOn: r.fullMemberOn ?? undefined,
          leftOn: r.leftOn ?? undefined,
          arrivedOn: r.arrivedOn ?? undefined,
          visible: r.memberVisible ?? false,
          events: [],
          expulsions: [],
          added: [],
        };
        members.set(r.memberId, entry.member);
      }
      return entry;
    });
    if (members.size) await loadHistories(w, members);
    return entries;
  }

  /** The person on record (or recorded by an earlier row) with this code: NOT_FOUND or FORBIDDEN otherwise. */
  person(code: string, field: FieldPath): PersonEntry {
    const person = this.byCode.get(code);
    if (!person) throw new DomainError('NOT_FOUND', `No one on record has the code ${code}.`, field);
    if (!person.visible) throw new DomainError('FORBIDDEN', `${code} lies outside your scope.`, field);
    return person;
  }

  /** The live membership of the person with this code: NOT_FOUND for someone who is not a member. */
  member(code: string, field: FieldPath): MemberEntry {
    const { member, fullName } = this.person(code, field);
    if (!member) throw new DomainError('NOT_FOUND', `${fullName} (${code}) is not a member.`, field);
    if (!member.visible) throw new DomainError('FORBIDDEN', `The member ${code} lies outside your scope.`, field);
    return member;
  }

  /**
   * Someone new a row records, with the code it gives (PERSON_CODE_TAKEN when someone on record or an
   * earlier row has it) or none (the register's next, when written).
   */
  recordNew(person: { code?: string; fullName: string; birthYear: number }, field: FieldPath): PersonEntry {
    if (person.code !== undefined) freePersonCode(this.byCode.has(person.code), person.code, field);
    const entry: PersonEntry = { ...person, id: --this.lastProvisionalId, code: person.code ?? '', visible: true };
    if (person.code !== undefined) this.byCode.set(person.code, entry);
    return entry;
  }

  /** A member an earlier row brings into the city (its id provisional until written). */
  admit(
    person: PersonEntry,
    member: Omit<MemberEntry, 'id' | 'visible' | 'events' | 'expulsions' | 'added'>,
  ): MemberEntry {
    person.member = { ...member, id: --this.lastProvisionalId, visible: true, events: [], expulsions: [], added: [] };
    return person.member;
  }

  /** A step a row adds to a membership: later rows see it as recorded. */
  static step(member: MemberEntry, event: NewEvent): void {
    member.events.push(event);
    member.added.push(event);
    member.latest = { kind: event.kind, occurredOn: event.occurredOn };
  }
}

/** The live events, latest oversight and expulsion decisions of these members, one statement each. */
async function loadHistories(w: WriteUnit, members: Map<number, MemberEntry>): Promise<void> {
  const ids = pgArray([...members.keys()]);
  const entry = (id: number) => members.get(id) as MemberEntry;
  // The rows the file changes are written one after the other with the mutations of the same members.
  await run(w, sql`select id from member where id = any(${ids}::int[]) for update`);
  const events = await run<EventOnRecord & { memberId: number }>(
    w,
    sql`select member_id as "memberId", kind, occurred_on::text as "occurredOn", organisation_id as "organisationId",
        counterpart_id as "counterpartId" from membership_event
      where member_id = any(${ids}::int[]) and voided_at is null order by occurred_on, id`,
  );
  for (const { memberId, counterpartId, ...e } of events) {
    const m = entry(memberId);
    m.events.push({ ...e, counterpartId: counterpartId ?? undefined });
    if (!m.latest || e.occurredOn >= m.latest.occurredOn) m.latest = { kind: e.kind, occurredOn: e.occurredOn };
  }
  const oversight = joinSql(
    [
      sql`select subject_member_id as m, occurred_on as d from inspection where subject_member_id = any(${ids}::int[]) and voided_at is null`,
      sql`select subject_member_id, occurred_on from supervision where subject_member_id = any(${ids}::int[]) and voided_at is null`,
      sql`select subject_member_id, decided_on from disciplinary_action where subject_member_id = any(${ids}::int[]) and voided_at is null`,
    ],
    ' union all ',
  );
  for (const r of await run<{ m: number; on: string }>(
    w,
    sql`select m, max(d)::text as on from (${oversight}) r group by m`,
  )) {
    entry(r.m).latestOversightOn = r.on;
  }
  const expulsions = await run<{ id: number; memberId: number; decidedOn: string }>(
    w,
    sql`select id, subject_member_id as "memberId", decided_on::text as "decidedOn" from disciplinary_action
      where subject_member_id = any(${ids}::int[]) and form = 'expulsion' and voided_at is null
      order by decided_on desc, id desc`,
  );
  for (const { memberId, ...d } of expulsions) entry(memberId).expulsions.push(d);
}

async function run<T>(w: WriteUnit, q: Sql): Promise<T[]> {
  return w.em.getConnection().execute<T[]>(q.text, q.values, 'all', w.em.getTransactionContext());
}
