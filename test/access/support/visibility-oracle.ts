import type pg from 'pg';

/**
 * For each node type, the organisations a record belongs to, read with plain SQL written apart from
 * the server's placement table: the test's own account of who may see what. `null`: reference data.
 */
const BELONGS_TO: Readonly<Record<string, string | null>> = {
  Organisation: 'select id, array[id] as orgs from organisation',
  Position: 'select id, array[organisation_id] as orgs from position',
  Person: `select p.id, array(select cell_id from member where person_id = p.id
      union all select organisation_id from position where person_id = p.id
      union all select mt.body_id from meeting_participant mp join meeting mt on mt.id = mp.meeting_id
        where mp.person_id = p.id) as orgs from person p`,
  Member: 'select id, array[cell_id] as orgs from member',
  MembershipEvent: 'select id, array[organisation_id] as orgs from membership_event',
  Inspection: 'select id, array[placed_in_id] as orgs from inspection',
  Supervision: 'select id, array[placed_in_id] as orgs from supervision',
  DisciplinaryAction: 'select id, array[placed_in_id] as orgs from disciplinary_action',
  InspectionTeam: 'select id, array[formed_by_id] as orgs from inspection_team',
  InspectionTeamMember: `select tm.id, array[t.formed_by_id] as orgs from inspection_team_member tm
      join inspection_team t on t.id = tm.team_id`,
  Designation: 'select id, array[organisation_id] as orgs from designation',
  Consolidation: `select c.id, array[d.organisation_id] as orgs from consolidation c join designation d on d.id = c.designation_id`,
  Programme: 'select id, array[steering_committee_id] as orgs from programme',
  ProgrammeItem: `select i.id, array[p.steering_committee_id] as orgs from programme_item i join programme p on p.id = i.programme_id`,
  ProgrammeItemStatus: `select s.id, array[p.steering_committee_id] as orgs from programme_item_status s
      join programme_item i on i.id = s.item_id join programme p on p.id = i.programme_id`,
  Target: 'select id, array[scope_id] as orgs from target',
  Meeting: 'select id, array[body_id] as orgs from meeting',
  MeetingParticipant: `select mp.id, array[m.body_id] as orgs from meeting_participant mp join meeting m on m.id = mp.meeting_id`,
  ApiKey: 'select id, array[scope_id] as orgs from api_key',
  // An export belongs to its owner's scope; one of the whole forest (null) to whole-forest callers.
  ExportSchedule: 'select id, array[owner_scope_id] as orgs from export_schedule',
  ExportRun: 'select id, array[owner_scope_id] as orgs from export_run',
  // An intake file, its imports and their row keys belong to the uploader's scope.
  IntakeUpload: 'select id, array[owner_scope_id] as orgs from intake_upload',
  IntakeBatch: `select b.id, array[u.owner_scope_id] as orgs from intake_batch b join intake_upload u on u.id = b.upload_id`,
  IntakeRow: `select r.id, array[u.owner_scope_id] as orgs from intake_row r
      join intake_batch b on b.id = r.batch_id join intake_upload u on u.id = b.upload_id`,
  AdministrativeUnit: null,
  Document: null,
  IndexScore: null,
};

export type Oracle = (type: string, id: number) => boolean;

/** Who may see each record, for a scope given as an organisation code or "*"; read from the database as it is now. */
export async function visibilityOracle(sql: pg.Client, scope: string): Promise<Oracle> {
  if (scope === '*') return () => true;
  const { rows } = await sql.query<{ id: number }>(
    'select d.id from organisation d join organisation r on d.path @> array[r.id] where r.code = $1',
    [scope],
  );
  const inside = new Set(rows.map((r) => r.id));
  const visible = new Map<string, Set<number> | null>();
  for (const [type, statement] of Object.entries(BELONGS_TO)) {
    if (statement === null) {
      visible.set(type, null);
      continue;
    }
    const records = await sql.query<{ id: number; orgs: (number | null)[] }>(statement);
    visible.set(
      type,
      new Set(records.rows.filter((r) => r.orgs.some((o) => o !== null && inside.has(o))).map((r) => r.id)),
    );
  }
  return (type, id) => {
    const set = visible.get(type);
    if (set === undefined) throw new Error(`the oracle does not know the node type ${type}`);
    return set === null || set.has(id);
  };
}
