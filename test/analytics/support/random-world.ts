import pg from 'pg';

/** A small seeded PRNG (mulberry32): the same seed gives the same world. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = Record<string, string | number | null>;

export interface RandomWorld {
  /** Organisation ids of the party tree, root first. */
  organisations: { id: number; kind: string; parentId: number | null }[];
  rootId: number;
  standingCommitteeId: number;
}

/**
 * Fills a migrated database with a small random Party tree (districts, a bloc, grassroots
 * organisations, cells) and random facts of every kind the metrics count, including members
 * moved between cells and subjects inspected in two places in one period, so that placement
 * rules are exercised. Written with plain SQL, independently of the world generator.
 */
export async function loadRandomWorld(url: string, seed: number): Promise<RandomWorld> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const day = (fromYear: number, toYear: number) =>
    new Date(Date.UTC(fromYear, 0, 1) + Math.floor(rnd() * (toYear - fromYear + 1) * 365.25) * 86_400_000)
      .toISOString()
      .slice(0, 10);

  const orgs: Row[] = [];
  const add = (kind: string, parentId: number | null, extra: Partial<Row> = {}) => {
    const id = orgs.length + 1;
    orgs.push({
      id,
      code: `R${id}`,
      name: `${kind} ${id}`,
      kind,
      branch: 'party',
      parent_id: parentId,
      host_sector: null,
      founded_on: '2010-01-01',
      dissolved_on: null,
      ...extra,
    });
    return id;
  };
  const root = add('city_committee', null, { code: 'TU', name: 'Thành ủy' });
  const standing = add('standing_committee', root, { name: 'Ban Thường vụ Thành ủy' });
  const steering = add('steering_committee', root, { name: 'Ban Chỉ đạo Chương trình 01' });
  const cells: number[] = [];
  const grassroots: number[] = [];
  const grassrootsOf = (parent: number) => {
    for (let g = 0; g < int(2, 4); g++) {
      const asCell = rnd() < 0.3;
      const founded = rnd() < 0.5 ? day(2019, 2023) : '2010-01-01';
      const dissolved = rnd() < 0.15 ? day(2023, 2024) : null;
      const id = add(asCell ? 'grassroots_cell' : 'grassroots_committee', parent, {
        host_sector: pick(['residential', 'non_state_enterprise', 'administrative', 'non_state_enterprise']),
        founded_on: founded,
        dissolved_on: dissolved && dissolved > founded ? dissolved : null,
      });
      grassroots.push(id);
      if (asCell) cells.push(id);
      else {
        for (let c = 0; c < int(1, 3); c++) cells.push(add('cell', id, { founded_on: day(2010, 2022) }));
      }
    }
  };
  for (let d = 0; d < 3; d++) grassrootsOf(add('district_committee', root, { name: `Quận ủy ${d + 1}` }));
  grassrootsOf(add('bloc_committee', root, { name: 'Đảng ủy Khối' }));

  const people: Row[] = [];
  const members: Row[] = [];
  const events: Row[] = [];
  const memberCells: number[][] = [];
  for (let m = 1; m <= 1500; m++) {
    people.push({
      id: m,
      full_name: `Người ${m}`,
      sex: pick(['male', 'female']),
      birth_year: int(1950, 2000),
      education: pick(['upper_secondary', 'university', 'postgraduate']),
    });
    const admitted = day(2015, 2024);
    const first = pick(cells);
    const history = [first];
    events.push({ member_id: m, kind: 'admission', exit_reason: null, occurred_on: admitted, organisation_id: first });
    let cell = first;
    const full = shift(admitted, 365);
    events.push({
      member_id: m,
      kind: 'full_membership',
      exit_reason: null,
      occurred_on: full,
      organisation_id: first,
    });
    if (rnd() < 0.2) {
      const moved = day(2020, 2024);
      if (moved > admitted) {
        const to = pick(cells);
        events.push({
          member_id: m,
          kind: 'transfer_out',
          exit_reason: null,
          occurred_on: moved,
          organisation_id: cell,
        });
        events.push({ member_id: m, kind: 'transfer_in', exit_reason: null, occurred_on: moved, organisation_id: to });
        cell = to;
        history.push(to);
      }
    }
    let left: string | null = null;
    if (rnd() < 0.15) {
      const exit = day(2016, 2025);
      if (exit > admitted) {
        left = exit;
        const reason = pick(['death', 'expulsion', 'removal', 'resignation']);
        events.push({ member_id: m, kind: 'exit', exit_reason: reason, occurred_on: exit, organisation_id: cell });
      }
    }
    members.push({
      id: m,
      person_id: m,
      cell_id: cell,
      admitted_on: admitted,
      probation_ends_on: admitted,
      status: left ? 'exited' : 'full',
      left_on: left,
    });
    memberCells.push(history);
  }

  const programmes: Row[] = [
    {
      id: 1,
      code: '01-CTr/TU',
      title: 'Chương trình 01',
      issuer: 'Thành ủy',
      term_start: 2021,
      term_end: 2025,
      steering_committee_id: steering,
    },
    {
      id: 2,
      code: '02-CTr/TU',
      title: 'Chương trình 02',
      issuer: 'Thành ủy',
      term_start: 2021,
      term_end: 2025,
      steering_committee_id: null,
    },
  ];
  const teams: Row[] = [];
  for (let t = 1; t <= 8; t++) {
    teams.push({
      id: t,
      name: `Đoàn ${t}`,
      formed_by_id: pick([standing, root, ...grassroots]),
      formed_on: day(2021, 2023),
      programme_id: pick([1, 2, null]),
    });
  }
  const oversight = (table: string, n: number, extra: (onMember: boolean) => Row) => {
    const rows: Row[] = [];
    for (let i = 0; i < n; i++) {
      const onMember = rnd() < 0.5;
      const member = int(1, members.length);
      const org = pick(grassroots);
      const when = day(2020, 2023);
      const repeat = onMember && rnd() < 0.3;
      const base = {
        subject_organisation_id: onMember ? null : org,
        subject_member_id: onMember ? member : null,
        placed_in_id: onMember ? pick(memberCells[member - 1] as number[]) : org,
        acting_committee_id: root,
        acting_body: pick(['committee', 'inspection_commission']),
      };
      rows.push({ ...base, ...extra(onMember), ...dateColumn(table, when) });
      // The same member again, elsewhere, a few weeks later: the latest record places them.
      if (repeat)
        rows.push({
          ...base,
          placed_in_id: pick(cells),
          ...extra(onMember),
          ...dateColumn(table, shift(when, int(1, 60))),
        });
    }
    return rows;
  };
  const inspections = oversight('inspection', 500, () => ({
    type: pick(['regular', 'thematic', 'signs_of_violation', 'enforcement']),
    team_id: rnd() < 0.3 ? int(1, teams.length) : null,
  }));
  const supervisions = oversight('supervision', 300, () => ({ type: pick(['regular', 'thematic']) }));
  const disciplines = oversight('disciplinary_action', 200, (onMember) => ({
    form: onMember ? pick(['reprimand', 'warning', 'dismissal', 'expulsion']) : pick(['reprimand', 'warning']),
  }));

  const designations: Row[] = [];
  const consolidations: Row[] = [];
  for (const org of grassroots) {
    for (const year of [2021, 2022, 2023]) {
      for (const kind of ['weak', 'to_consolidate']) {
        if (rnd() > 0.3) continue;
        const id = designations.length + 1;
        designations.push({
          id,
          organisation_id: org,
          kind,
          year,
          designated_on: `${year}-01-15`,
          plan: pick(['Nghị quyết 15', 'Kế hoạch 20']),
        });
        if (rnd() < 0.6) consolidations.push({ designation_id: id, consolidated_on: day(year, year) });
      }
    }
  }
  const items: Row[] = [];
  const statuses: Row[] = [];
  for (let i = 1; i <= 30; i++) {
    const assigned = day(2021, 2022);
    items.push({
      id: i,
      programme_id: pick([1, 2]),
      code: `I${i}`,
      title: `Nhiệm vụ ${i}`,
      kind: pick(['topic', 'project', 'theme', 'plan']),
      lead_agency_id: pick([standing, ...grassroots]),
      assigned_on: assigned,
    });
    let when = assigned;
    for (const status of ['in_progress', 'draft_submitted', 'completed']) {
      if (rnd() < 0.3) break;
      when = shift(when, int(30, 200));
      statuses.push({ item_id: i, status, effective_on: when });
    }
  }
  const targets: Row[] = [
    { metric: 'admissions', scope_id: root, period: '2022', value: 150 },
    { metric: 'admissions', scope_id: root, period: '2022-H1', value: 80 },
    { metric: 'non_state_enterprise_orgs', scope_id: root, period: '2022', value: 3.5 },
  ];

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    for (const o of orgs) await insert(client, 'organisation', [o]);
    const tables: [string, readonly Row[]][] = [
      ['person', people],
      ['member', members],
      ['membership_event', events],
      ['programme', programmes],
      ['inspection_team', teams],
      ['inspection', inspections],
      ['supervision', supervisions],
      ['disciplinary_action', disciplines],
      ['designation', designations],
      ['consolidation', consolidations],
      ['programme_item', items],
      ['programme_item_status', statuses],
      ['target', targets],
    ];
    for (const [table, rows] of tables) await insert(client, table, rows);
    // Tables whose rows were given their ids: their sequences move past them.
    for (const [table, rows] of [['organisation', orgs] as const, ...tables]) {
      if (rows[0] && 'id' in rows[0]) {
        await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
      }
    }
    await client.query('commit');
  } finally {
    await client.end();
  }
  return {
    organisations: orgs.map((o) => ({
      id: Number(o.id),
      kind: String(o.kind),
      parentId: o.parent_id === null ? null : Number(o.parent_id),
    })),
    rootId: root,
    standingCommitteeId: standing,
  };
}

function dateColumn(table: string, when: string): Row {
  return table === 'disciplinary_action' ? { decided_on: when } : { occurred_on: when };
}

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Multi-row INSERTs in batches, columns taken from the first row. */
export async function insert(client: pg.ClientBase, table: string, rows: readonly Row[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const values: (string | number | null)[] = [];
    const tuples = batch.map((r) => `(${columns.map((c) => `$${values.push(r[c] ?? null)}`).join(', ')})`);
    await client.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, values);
  }
}
