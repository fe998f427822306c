import type { RowScope } from '../store/query/row-scope.js';
import { raw, type Sql, sql } from '../store/query/sql.js';
import type { AccessScope } from './access-scope.js';

/** Where a row of a table sits in the forest, as a condition that it lies under organisation `root`. */
type Placement = (alias: string, root: number) => Sql;

/** The row's organisation column points into the subtree. */
const orgColumn =
  (column: string): Placement =>
  (a, root) =>
    sql`exists (select 1 from organisation ${raw(`${a}_o`)} where ${raw(`${a}_o.id = ${a}.${column}`)} and ${raw(`${a}_o`)}.path @> array[${root}::int])`;

/** The row is placed by a parent row's placement (a status by its item, a participant by its meeting). */
const through =
  (column: string, table: string, parent: Placement): Placement =>
  (a, root) => {
    // Aliases grow with the nesting (t, t_p, t_p_p …), so no inner table hides an outer one.
    const p = `${a}_p`;
    return sql`exists (select 1 from ${raw(`${table} ${p}`)} where ${raw(`${p}.id = ${a}.${column}`)} and ${parent(p, root)})`;
  };

const programme = orgColumn('steering_committee_id');
const item = through('programme_id', 'programme', programme);
const meeting = orgColumn('body_id');
const designation = orgColumn('organisation_id');
const team = orgColumn('formed_by_id');
const intakeUpload = orgColumn('owner_scope_id');
const intakeBatch = through('upload_id', 'intake_upload', intakeUpload);

/**
 * Every table the API reads, and where its rows sit: an organisation by its path, a member by its
 * cell, an oversight record where it is placed, a person wherever they are a member, hold a position
 * or attend a meeting. `null`: reference data every authenticated caller reads (administrative
 * units, legal documents, index scores). A table missing here cannot be read by a scoped caller.
 */
const PLACEMENTS: Readonly<Record<string, Placement | null>> = {
  organisation: (a, root) => sql`${raw(a)}.path @> array[${root}::int]`,
  position: orgColumn('organisation_id'),
  person: (a, root) =>
    sql`(exists (select 1 from member m join organisation s on s.id = m.cell_id
          where m.person_id = ${raw(a)}.id and s.path @> array[${root}::int])
      or exists (select 1 from position p join organisation s on s.id = p.organisation_id
          where p.person_id = ${raw(a)}.id and s.path @> array[${root}::int])
      or exists (select 1 from meeting_participant mp join meeting mt on mt.id = mp.meeting_id
          join organisation s on s.id = mt.body_id where mp.person_id = ${raw(a)}.id and s.path @> array[${root}::int]))`,
  member: orgColumn('cell_id'),
  membership_event: orgColumn('organisation_id'),
  inspection: orgColumn('placed_in_id'),
  supervision: orgColumn('placed_in_id'),
  disciplinary_action: orgColumn('placed_in_id'),
  inspection_team: team,
  inspection_team_member: through('team_id', 'inspection_team', team),
  designation,
  consolidation: through('designation_id', 'designation', designation),
  programme,
  programme_item: item,
  programme_item_status: through('item_id', 'programme_item', item),
  target: orgColumn('scope_id'),
  meeting,
  meeting_participant: through('meeting_id', 'meeting', meeting),
  api_key: orgColumn('scope_id'),
  // An export belongs to the scope of whoever defined it; one of the whole forest (null) to whole-forest callers.
  export_schedule: orgColumn('owner_scope_id'),
  export_run: orgColumn('owner_scope_id'),
  // An intake file, its imports and their row keys belong to the scope of whoever uploaded it.
  intake_upload: intakeUpload,
  intake_batch: intakeBatch,
  intake_row: through('batch_id', 'intake_batch', intakeBatch),
  // An admin of a subtree reads the lines of callers whose scope lay inside it.
  audit_log: (a, root) =>
    sql`exists (select 1 from organisation s where s.code = ${raw(a)}.scope and s.path @> array[${root}::int])`,
  administrative_unit: null,
  document: null,
  index_score: null,
};

/** The tables access control knows, so a test can hold them against the entities. */
export const PLACED_TABLES: readonly string[] = Object.keys(PLACEMENTS);

/** The row condition of a caller's scope: nothing for the whole forest, the placement of each table otherwise. */
export function rowScopeOf(scope: AccessScope): RowScope {
  const root = scope.organisationId;
  if (root === null) return { where: () => null };
  return {
    where(table, alias) {
      const placement = PLACEMENTS[table];
      if (placement === undefined) return raw('false');
      return placement === null ? null : placement(alias, root);
    },
  };
}
