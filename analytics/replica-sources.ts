/** A PostgreSQL table copied into the replica (as `raw_<table>`): the columns read, with their DuckDB types. */
export interface ReplicaSource {
  table: string;
  /** Column name → DuckDB type; `expr` overrides what PostgreSQL selects for it. */
  columns: Record<string, string>;
  expr?: Record<string, string>;
  /** What PostgreSQL reads from, when more than `table`. */
  from?: string;
  /** Which rows are copied, when not all: live records only where records are corrected by voiding. */
  where?: string;
  /**
   * Other captured tables this source reads (joins in `from`): table → SQL giving the ids of this
   * source's rows that read the changed ids `$1` of that table, so a catch-up re-reads them.
   */
  reads?: Record<string, string>;
}

/** Voided records never reach the replica: the analytics count what stands (services/corrections/). */
const LIVE = 'voided_at is null';

/** Every source has an integer `id`: the key a catch-up deletes and re-reads changed rows by. */
export const SOURCE_KEY = 'id';

/** What inspections, supervisions and disciplinary actions share. */
const OVERSIGHT = {
  id: 'INTEGER',
  subject_organisation_id: 'INTEGER',
  subject_member_id: 'INTEGER',
  placed_in_id: 'INTEGER',
  acting_body: 'VARCHAR',
};

/** The organisation tree first (the closure is built from it while the rest is copied), then largest first. */
export const REPLICA_SOURCES: readonly ReplicaSource[] = [
  {
    table: 'organisation',
    columns: {
      id: 'INTEGER',
      parent_id: 'INTEGER',
      code: 'VARCHAR',
      name: 'VARCHAR',
      kind: 'VARCHAR',
      host_sector: 'VARCHAR',
      founded_on: 'DATE',
      dissolved_on: 'DATE',
      path: 'VARCHAR',
    },
    // CSV has no arrays: the path travels as space-separated ids.
    expr: { path: "array_to_string(path, ' ')" },
  },
  // A member's sex and education travel with the member: PostgreSQL joins them on its primary key.
  {
    table: 'member',
    columns: {
      id: 'INTEGER',
      cell_id: 'INTEGER',
      admitted_on: 'DATE',
      arrived_on: 'DATE',
      left_on: 'DATE',
      sex: 'VARCHAR',
      education: 'VARCHAR',
    },
    expr: { id: 'm.id', sex: 'p.sex', education: 'p.education' },
    from: 'member m join person p on p.id = m.person_id',
    where: `m.${LIVE}`,
    reads: { person: 'select id from member where person_id = any($1::int[])' },
  },
  {
    table: 'membership_event',
    columns: {
      id: 'INTEGER',
      member_id: 'INTEGER',
      kind: 'VARCHAR',
      exit_reason: 'VARCHAR',
      occurred_on: 'DATE',
      organisation_id: 'INTEGER',
    },
    where: LIVE,
  },
  {
    table: 'inspection',
    columns: { ...OVERSIGHT, type: 'VARCHAR', team_id: 'INTEGER', occurred_on: 'DATE' },
    where: LIVE,
  },
  { table: 'supervision', columns: { ...OVERSIGHT, type: 'VARCHAR', occurred_on: 'DATE' }, where: LIVE },
  { table: 'disciplinary_action', columns: { ...OVERSIGHT, form: 'VARCHAR', decided_on: 'DATE' }, where: LIVE },
  {
    table: 'inspection_team',
    columns: { id: 'INTEGER', formed_by_id: 'INTEGER', formed_on: 'DATE', programme_id: 'INTEGER' },
    where: LIVE,
  },
  { table: 'programme', columns: { id: 'INTEGER', code: 'VARCHAR', steering_committee_id: 'INTEGER' } },
  {
    table: 'programme_item',
    columns: {
      id: 'INTEGER',
      programme_id: 'INTEGER',
      kind: 'VARCHAR',
      lead_agency_id: 'INTEGER',
      assigned_on: 'DATE',
    },
  },
  {
    table: 'programme_item_status',
    columns: { id: 'INTEGER', item_id: 'INTEGER', status: 'VARCHAR', effective_on: 'DATE' },
  },
  {
    table: 'designation',
    columns: { id: 'INTEGER', organisation_id: 'INTEGER', kind: 'VARCHAR', year: 'INTEGER', plan: 'VARCHAR' },
  },
  { table: 'consolidation', columns: { id: 'INTEGER', designation_id: 'INTEGER', consolidated_on: 'DATE' } },
  {
    table: 'target',
    columns: { id: 'INTEGER', metric: 'VARCHAR', scope_id: 'INTEGER', period: 'VARCHAR', value: 'DOUBLE' },
  },
];

/** The SELECT whose COPY feeds a source. */
export function sourceSelect(source: ReplicaSource): string {
  const cols = Object.keys(source.columns).map((c) => source.expr?.[c] ?? c);
  const where = source.where ? ` where ${source.where}` : '';
  return `select ${cols.join(', ')} from ${source.from ?? source.table}${where}`;
}

/** The PostgreSQL tables whose changes reach the replica: each source's own and those it reads. */
export function capturedTables(sources: readonly ReplicaSource[] = REPLICA_SOURCES): string[] {
  return [...new Set(sources.flatMap((s) => [s.table, ...Object.keys(s.reads ?? {})]))];
}
