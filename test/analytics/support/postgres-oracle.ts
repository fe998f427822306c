import type pg from 'pg';

/**
 * Each metric asked of PostgreSQL directly, written by hand from the semantics table (not from
 * the engine's SQL): $1 first day, $2 last day, $3 scope organisation id.
 */
const inScope = (column: string) =>
  `exists (select 1 from organisation o where o.id = ${column} and o.path @> array[$3::int])`;

const events = (kind: string) =>
  `select count(*) from membership_event e where e.kind = '${kind}' and e.occurred_on between $1 and $2 and ${inScope('e.organisation_id')}`;

const orgsAt = (kinds: string) =>
  `select count(*) from organisation x where x.kind in (${kinds}) and x.founded_on <= $2
     and (x.dissolved_on is null or x.dissolved_on > $2) and ${inScope('x.id')}`;

/** Distinct subjects, each placed by its latest record (date, then id) in the period. */
const subjects = (table: string, dateColumn: string, subject: 'organisation' | 'member') =>
  `select count(*) from (
     select distinct on (s) s, placed_in_id from (
       select subject_${subject}_id as s, placed_in_id, ${dateColumn} as d, id from ${table}
       where subject_${subject}_id is not null and ${dateColumn} between $1 and $2) r
     order by s, d desc, id desc) latest
   where ${inScope('latest.placed_in_id')}`;

const consolidated = (kind: string) =>
  `select count(*) from consolidation c join designation d on d.id = c.designation_id
   where d.kind = '${kind}' and c.consolidated_on between $1 and $2 and ${inScope('d.organisation_id')}`;

/**
 * Items that exist on the last day (assigned, or given a status, by then), with the start of their
 * current status, counted under their programme's steering committee, else their lead agency.
 */
const itemsOn = `
  select i.id, i.lead_agency_id, coalesce(p.steering_committee_id, i.lead_agency_id) as placed,
         coalesce((select max(s.effective_on) from programme_item_status s where s.item_id = i.id and s.effective_on <= $2),
                  i.assigned_on) as since
  from programme_item i join programme p on p.id = i.programme_id
  where least(i.assigned_on, coalesce((select min(effective_on) from programme_item_status s where s.item_id = i.id), i.assigned_on)) <= $2`;

export const ORACLE: Record<string, string> = {
  admissions: events('admission'),
  full_memberships: events('full_membership'),
  exits: events('exit'),
  transfers_in: events('transfer_in'),
  transfers_out: events('transfer_out'),
  members: `select count(*) from member m where coalesce(m.arrived_on, m.admitted_on) <= $2 and (m.left_on is null or m.left_on > $2)
              and ${inScope('m.cell_id')}`,
  grassroots_orgs: orgsAt("'grassroots_committee', 'grassroots_cell'"),
  party_cells: orgsAt("'cell', 'grassroots_cell'"),
  non_state_enterprise_orgs: `select count(*) from organisation x where x.host_sector = 'non_state_enterprise'
              and x.kind in ('grassroots_committee', 'grassroots_cell') and x.founded_on between $1 and $2 and ${inScope('x.id')}`,
  grassroots_consolidated: consolidated('to_consolidate'),
  weak_grassroots_consolidated: consolidated('weak'),
  inspected_orgs: subjects('inspection', 'occurred_on', 'organisation'),
  inspected_members: subjects('inspection', 'occurred_on', 'member'),
  supervised_orgs: subjects('supervision', 'occurred_on', 'organisation'),
  supervised_members: subjects('supervision', 'occurred_on', 'member'),
  disciplined_orgs: subjects('disciplinary_action', 'decided_on', 'organisation'),
  disciplined_members: subjects('disciplinary_action', 'decided_on', 'member'),
  inspections: `select count(*) from inspection i where i.occurred_on between $1 and $2 and ${inScope('i.placed_in_id')}`,
  inspection_teams: `select count(*) from inspection_team t where t.formed_on between $1 and $2 and ${inScope('t.formed_by_id')}`,
  programme_items: `select count(*) from (${itemsOn}) x where ${inScope('x.placed')}`,
  // Each lead agency once, where its item with the latest current status (then the highest id) is placed.
  programme_lead_agencies: `select count(*) from (
      select distinct on (lead_agency_id) placed from (${itemsOn}) x order by lead_agency_id, since desc, id desc) y
    where ${inScope('y.placed')}`,
};

export async function askPostgres(
  client: pg.ClientBase,
  metric: string,
  period: { from: string; to: string },
  scopeId: number,
): Promise<number> {
  const sql = ORACLE[metric];
  if (!sql) throw new Error(`no PostgreSQL reference for metric ${metric}`);
  // The outer casts type every parameter, including those a stock metric's query leaves unused.
  const { rows } = await client.query<{ n: string }>(
    `select (${sql}) as n, $1::date as first_day, $2::date as last_day, $3::int as scope`,
    [period.from, period.to, scopeId],
  );
  return Number(rows[0]?.n);
}
