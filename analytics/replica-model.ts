import { GRASSROOTS_AND_BELOW_KINDS } from '../services/hierarchy/organisation-kinds.js';
import { ancestorColumn, ancestorColumns, PLACEMENT_LEVELS, SUMMED_LEVELS } from './placement.js';
import { sqlList } from './sql-literal.js';

/** Open end of a spell, so stock predicates need no null test. */
const OPEN_END = "DATE '9999-12-31'";

/** Orders records by (day, id) in one BIGINT: the latest record of a subject wins its placement. */
const seq = (day: string, id: string) => `((${day} - DATE '1900-01-01')::BIGINT << 32) + ${id}`;

/** One table of the replica: what it is built from (copied `raw_*` tables or other model tables) and how. */
export interface ModelTable {
  table: string;
  inputs: readonly string[];
  select: string;
  /**
   * Rows keyed by the ids of inputs: when every changed input is keyed, a catch-up deletes and
   * re-selects the rows of the changed ids (`$changed`, a parenthesised list) instead of rebuilding,
   * and tells the tables reading this one which of its rows changed (by its key columns).
   */
  keys?: readonly ModelKey[];
  /**
   * A sum of another model table's rows: a catch-up adds the sum of that table's re-derived rows,
   * takes off the sum of the rows they replaced and re-adds by group, instead of summing it all again.
   */
  sums?: ModelSum;
}

export interface ModelKey {
  /** This table's column holding the input's ids. */
  column: string;
  input: string;
  /** The input's column those ids come from (default `id`); a model input tells which of its columns changed. */
  inputColumn?: string;
  /** More ids whose rows depend on the changed ones (read before the delete). */
  expand?: string;
  /** `select` for the changed ids only, when filtering the whole select would compute too much. */
  select?: string;
}

export interface ModelSum {
  input: string;
  /** `select` summing any rows shaped like the input's (`from`): group columns, then `value`. */
  select: (from: string) => string;
  /** Every column but `value` is a group column. */
  value: string;
}

/** Ancestor closure of the organisations `filter` keeps, with the child on the way down and the district. */
function ancestorClosure(filter: string): string {
  return `with steps as (
        select id as org_id, unnest(path) as anc_id, unnest(range(1, len(path) + 1)) as pos, path from org ${filter}
      ), district as (
        select s.org_id, min(s.anc_id) as district_id
        from steps s join org a on a.id = s.anc_id
        where a.kind = 'district_committee' group by s.org_id
      )
      select s.anc_id, s.org_id, s.path[s.pos + 1] as child_id, d.district_id
      from steps s left join district d using (org_id)
      order by s.anc_id, s.org_id`;
}

/** Each organisation's district and its path as flat columns (see placement.ts). */
function placement(filter: string): string {
  const levels = Array.from({ length: PLACEMENT_LEVELS }, (_, i) => `o.path[${i + 1}] as ${ancestorColumn(i + 1)}`);
  return `select o.id as org_id, a.district_id, ${levels.join(', ')}
      from org o left join org_anc a on a.org_id = o.id and a.anc_id = o.id ${filter}`;
}

/**
 * Spells open on some day (a record can end on or before its start: never open) make changes: +1
 * at the start, -1 at the end, so a stock on day D is the sum of the changes up to D. Open ends
 * (OPEN_END) lie past every period a question can ask about (years up to 2100), so they make none.
 */
export const everOpen = (f: string) => `${f}.day < ${f}.end_day`;
const ends = (f: string) => `${everOpen(f)} and ${f}.end_day < ${OPEN_END}`;

/** What the changes of member spells are summed by, and what member_end keeps of them. */
const CHANGE_GROUPS = `sex, education, district_id, ${ancestorColumns(SUMMED_LEVELS)}`;

/** A spell table's changes summed by year and group, zero sums left out (so a catch-up's sums equal a full sync's). */
const changesByYear = (from: string) =>
  `select year, ${CHANGE_GROUPS}, sum(delta)::BIGINT as delta from (
      select year(f.day) as year, ${CHANGE_GROUPS}, 1 as delta from ${from} f where ${everOpen('f')}
      union all
      select year(f.end_day), ${CHANGE_GROUPS}, -1 from ${from} f where ${ends('f')}
    ) group by all having sum(delta) <> 0`;

/**
 * The DuckDB tables built from the copied `raw_*` tables, which are what queries read: `org` and its
 * ancestor closure `org_anc` (with the child on the way down and the district), `org_place` (the
 * district and path of each organisation as flat columns), and one fact table per kind of record,
 * denormalised and sorted by filter columns and day so zone maps skip row groups. Member events and
 * spells, the largest, are placed: they carry org_place's columns, so a question for one scope is one
 * scan filtered and grouped on integers, without the closure. At the top of the tree a stock reads
 * member_change_year, the spells' starts and ends summed by year, and a period's starts in
 * member_spell (in start order) and ends in member_end (in end order), not every spell
 * (summed-stock-sql.ts).
 * Every fact table has `day` (event date, or start of a spell) and `org_id` (placement); spell tables
 * add `end_day` (exclusive); tables behind metrics that count distinct subjects add `subject` and `seq`.
 */
export const REPLICA_MODEL: readonly ModelTable[] = [
  {
    table: 'org',
    inputs: ['raw_organisation'],
    select: `select id, parent_id, code, name, kind, host_sector, founded_on, dissolved_on,
             cast(string_split(path, ' ') as INTEGER[]) as path
      from raw_organisation`,
    keys: [{ column: 'id', input: 'raw_organisation' }],
  },
  // The default scope: the city committee at the root of the party tree.
  {
    table: 'city',
    inputs: ['org'],
    select: `select id, name, kind from org where kind = 'city_committee' and parent_id is null order by id limit 1`,
  },
  {
    table: 'org_anc',
    inputs: ['org'],
    select: ancestorClosure(''),
    // A changed organisation's descendants change with it (a move re-derives their ancestors and district).
    keys: [
      {
        column: 'org_id',
        input: 'org',
        expand: 'select org_id as id from org_anc where anc_id in $changed',
        select: ancestorClosure('where id in $changed'),
      },
    ],
  },
  // org_anc's changed ids include the descendants of a moved or re-classified organisation.
  {
    table: 'org_place',
    inputs: ['org', 'org_anc'],
    select: placement(''),
    keys: [
      { column: 'org_id', input: 'org', select: placement('where o.id in $changed') },
      { column: 'org_id', input: 'org_anc', inputColumn: 'org_id', select: placement('where o.id in $changed') },
    ],
  },
  {
    table: 'membership_event_fact',
    inputs: ['raw_membership_event', 'org_place'],
    select: `select e.occurred_on as day, e.organisation_id as org_id, e.kind as event_kind, e.exit_reason, e.member_id,
             e.id, p.* exclude (org_id)
      from raw_membership_event e left join org_place p on p.org_id = e.organisation_id
      order by e.kind, e.occurred_on`,
    keys: [
      { column: 'id', input: 'raw_membership_event' },
      { column: 'org_id', input: 'org_place', inputColumn: 'org_id' },
    ],
  },
  {
    table: 'member_spell',
    inputs: ['raw_member', 'org_place'],
    select: `select coalesce(m.arrived_on, m.admitted_on) as day, coalesce(m.left_on, ${OPEN_END}) as end_day,
             m.cell_id as org_id, m.sex, m.education, m.id as member_id, p.* exclude (org_id)
      from raw_member m left join org_place p on p.org_id = m.cell_id
      order by day`,
    keys: [
      { column: 'member_id', input: 'raw_member' },
      { column: 'org_id', input: 'org_place', inputColumn: 'org_id' },
    ],
  },
  // The ends of member spells in end order, so a period's ends are read like its starts (summed-stock-sql.ts).
  {
    table: 'member_end',
    inputs: ['member_spell'],
    select: `select f.day, f.end_day, ${CHANGE_GROUPS}, f.member_id, f.org_id from member_spell f
      where ${ends('f')} order by f.end_day`,
    keys: [
      { column: 'member_id', input: 'member_spell', inputColumn: 'member_id' },
      { column: 'org_id', input: 'member_spell', inputColumn: 'org_id' },
    ],
  },
  {
    table: 'member_change_year',
    inputs: ['member_spell'],
    select: changesByYear('member_spell'),
    sums: { input: 'member_spell', select: changesByYear, value: 'delta' },
  },
  {
    table: 'organisation_spell',
    inputs: ['org'],
    select: `select founded_on as day, coalesce(dissolved_on, ${OPEN_END}) as end_day, id as org_id,
             kind as org_kind, host_sector
      from org
      where kind in (${sqlList(GRASSROOTS_AND_BELOW_KINDS)})
      order by org_kind, founded_on`,
    keys: [{ column: 'org_id', input: 'org' }],
  },
  {
    table: 'oversight_fact',
    inputs: ['raw_disciplinary_action', 'raw_inspection', 'raw_inspection_team', 'raw_programme', 'raw_supervision'],
    select: `select * from (
        select 'inspection' as source, i.occurred_on as day, i.placed_in_id as org_id,
               if(i.subject_member_id is null, 'organisation', 'member') as subject_kind,
               coalesce(i.subject_organisation_id, i.subject_member_id) as subject,
               i.type as oversight_type, null::VARCHAR as form, i.acting_body, pr.code as team_programme,
               ${seq('i.occurred_on', 'i.id')} as seq
        from raw_inspection i
        left join raw_inspection_team t on t.id = i.team_id
        left join raw_programme pr on pr.id = t.programme_id
        union all
        select 'supervision', s.occurred_on, s.placed_in_id, if(s.subject_member_id is null, 'organisation', 'member'),
               coalesce(s.subject_organisation_id, s.subject_member_id), s.type, null, s.acting_body, null,
               ${seq('s.occurred_on', 's.id')}
        from raw_supervision s
        union all
        select 'discipline', d.decided_on, d.placed_in_id, if(d.subject_member_id is null, 'organisation', 'member'),
               coalesce(d.subject_organisation_id, d.subject_member_id), null, d.form, d.acting_body, null,
               ${seq('d.decided_on', 'd.id')}
        from raw_disciplinary_action d
      ) order by source, subject_kind, day`,
  },
  {
    table: 'designation_fact',
    inputs: ['raw_designation'],
    select: `select year, organisation_id as org_id, kind as designation_kind, plan from raw_designation`,
  },
  {
    table: 'consolidation_fact',
    inputs: ['raw_consolidation', 'raw_designation'],
    select: `select c.consolidated_on as day, d.organisation_id as org_id, d.kind as designation_kind, d.plan
      from raw_consolidation c join raw_designation d on d.id = c.designation_id
      order by c.consolidated_on`,
  },
  {
    table: 'inspection_team_fact',
    inputs: ['raw_inspection_team', 'raw_programme'],
    select: `select t.formed_on as day, t.formed_by_id as org_id, pr.code as team_programme
      from raw_inspection_team t left join raw_programme pr on pr.id = t.programme_id
      order by t.formed_on`,
  },
  // An item's status on day D is its latest change on or before D; before the first change it is "assigned".
  // Items count under their programme's steering committee (lead agencies sit in several trees), else their lead agency.
  {
    table: 'item_status_spell',
    inputs: ['raw_programme', 'raw_programme_item', 'raw_programme_item_status'],
    select: `with changes as (
        select item_id, status, effective_on as day,
               lead(effective_on) over (partition by item_id order by effective_on) as next_day
        from raw_programme_item_status
        union all
        select i.id, 'assigned', i.assigned_on, f.first_day
        from raw_programme_item i
        left join (select item_id, min(effective_on) as first_day from raw_programme_item_status group by item_id) f
          on f.item_id = i.id
        where f.first_day is null or f.first_day > i.assigned_on
      )
      select c.day, coalesce(c.next_day, ${OPEN_END}) as end_day,
             coalesce(pr.steering_committee_id, i.lead_agency_id) as org_id, c.status,
             pr.code as programme, i.kind as item_kind, i.lead_agency_id as subject, ${seq('c.day', 'i.id')} as seq
      from changes c
      join raw_programme_item i on i.id = c.item_id
      left join raw_programme pr on pr.id = i.programme_id
      order by c.day`,
  },
  {
    table: 'target',
    inputs: ['raw_target'],
    select: `select metric, scope_id, period, value from raw_target`,
  },
];
