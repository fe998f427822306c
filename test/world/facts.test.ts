import { describe, expect, it } from 'vitest';
import { facts, figure, percent } from '../support/facts.js';
import { useDatabase } from '../support/use-database.js';

const H1_2022 = ['2022-01-01', '2022-06-30'];
const YEAR_2022 = ['2022-01-01', '2022-12-31'];
const CITY = `(select id from organisation where code = 'TU')`;

describe('the scale-1 world reproduces every figure of the article', () => {
  const fx = useDatabase({ scale: 1 });
  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const { rows } = await fx.sql.query<{ n: number }>(`select (${sql})::int as n`, params);
    return rows[0]?.n ?? Number.NaN;
  };
  const admissions = (from: string, to: string) =>
    count(
      `select count(*) from membership_event e join organisation o on o.id = e.organisation_id
        where e.kind = 'admission' and e.occurred_on between $1 and $2 and o.path @> array[${CITY}]`,
      [from, to],
    );
  const distinctSubjects = (table: string, column: string, dateColumn: string, [from, to]: string[], extra = '') =>
    count(
      `select count(distinct r.${column}) from ${table} r join organisation o on o.id = r.placed_in_id
        where r.${dateColumn} between $1 and $2 and o.path @> array[${CITY}] ${extra}`,
      [from, to],
    );

  it('admissions: 5,030 in 2022-H1, 107.3% of 2021-H1', async () => {
    const f = figure('admissions');
    const h1 = await admissions('2022-01-01', '2022-06-30');
    const base = await admissions('2021-01-01', '2021-06-30');
    expect(h1).toBe(f.value);
    expect(percent(h1, base)).toBe(f.ratio_pct);
  });

  it('admissions: 10,027 in 2021 against a target of 9,744 (102.9%) and 112.9% of 2020', async () => {
    const f = figure('admissions', true);
    const year = await admissions('2021-01-01', '2021-12-31');
    const previous = await admissions('2020-01-01', '2020-12-31');
    const target = await count(
      `select value from target where metric = 'admissions' and period = '2021' and scope_id = ${CITY}`,
    );
    expect(year).toBe(f.value);
    expect(target).toBe(f.target);
    expect(percent(year, target)).toBe(f.attainment_pct);
    expect(previous).toBe(f.implies?.['2020']);
    expect(percent(year, previous) - 100).toBeCloseTo(f.growth_vs_2020_pct as number, 5);
  });

  it('non-state enterprise organisations: 56 founded in 2022-H1 of a target of 68 (82.4%)', async () => {
    const f = figure('non_state_enterprise_orgs');
    const founded = await count(
      `select count(*) from organisation where host_sector = 'non_state_enterprise'
        and kind in ('grassroots_committee', 'grassroots_cell') and founded_on between $1 and $2 and path @> array[${CITY}]`,
      H1_2022,
    );
    const target = await count(
      `select value from target where metric = 'non_state_enterprise_orgs' and period = '2022'`,
    );
    expect([founded, target]).toEqual([f.value, f.target]);
    expect(percent(founded, target)).toBe(f.attainment_pct);
  });

  it.each([
    ['grassroots_consolidated', 'to_consolidate'],
    ['weak_grassroots_consolidated', 'weak'],
  ])('%s: consolidated in 2022-H1 out of the designations of 2022', async (id, kind) => {
    const f = figure(id);
    const of = await count(`select count(*) from designation where kind = $1 and year = 2022`, [kind]);
    const consolidated = await count(
      `select count(*) from consolidation c join designation d on d.id = c.designation_id
        where d.kind = $1 and c.consolidated_on between $2 and $3`,
      [kind, ...H1_2022],
    );
    expect([consolidated, of]).toEqual([f.value, f.of]);
    if (f.share_pct !== undefined) expect(percent(consolidated, of)).toBe(f.share_pct);
  });

  it('the 2022 to-consolidate designations follow Nghị quyết 15 and Chỉ thị 15; weak ones are monitored from above', async () => {
    expect(
      await count(`select count(distinct plan) from designation where kind = 'to_consolidate' and year = 2022`),
    ).toBe(1);
    expect(
      await count(
        `select count(*) from designation where kind = 'to_consolidate' and year = 2022 and plan like '%Nghị quyết 15%Chỉ thị 15%'`,
      ),
    ).toBe(figure('grassroots_consolidated').of);
    expect(
      await count(
        `select count(*) from designation d join organisation m on m.id = d.monitored_by_id
          where d.kind = 'weak' and d.year = 2022 and m.kind in ('standing_committee', 'bloc_committee')`,
      ),
    ).toBe(figure('weak_grassroots_consolidated').of);
  });

  it.each([
    ['inspected_orgs', 'inspection', 'subject_organisation_id', 'occurred_on'],
    ['inspected_members', 'inspection', 'subject_member_id', 'occurred_on'],
    ['supervised_orgs', 'supervision', 'subject_organisation_id', 'occurred_on'],
    ['supervised_members', 'supervision', 'subject_member_id', 'occurred_on'],
    ['disciplined_orgs', 'disciplinary_action', 'subject_organisation_id', 'decided_on'],
    ['disciplined_members', 'disciplinary_action', 'subject_member_id', 'decided_on'],
  ])('%s in 2022-H1 counts distinct subjects', async (id, table, column, dateColumn) => {
    expect(await distinctSubjects(table, column, dateColumn, H1_2022)).toBe(figure(id).value);
  });

  it.each([
    [
      'disciplined_members',
      'subject_member_id',
      { 'khiển trách': 'reprimand', 'cảnh cáo': 'warning', 'cách chức': 'dismissal', 'khai trừ': 'expulsion' },
    ],
    ['disciplined_orgs', 'subject_organisation_id', { 'khiển trách': 'reprimand', 'cảnh cáo': 'warning' }],
  ] as const)('%s in 2022: the total and its split by form, one action per subject', async (id, column, forms) => {
    const f = figure(id, true);
    expect(await distinctSubjects('disciplinary_action', column, 'decided_on', YEAR_2022)).toBe(f.value);
    expect(
      await count(
        `select count(*) from disciplinary_action where ${column} is not null and decided_on between $1 and $2`,
        YEAR_2022,
      ),
    ).toBe(f.value);
    for (const [label, form] of Object.entries(forms)) {
      const n = await count(
        `select count(*) from disciplinary_action where ${column} is not null and form = $3 and decided_on between $1 and $2`,
        [...YEAR_2022, form],
      );
      expect({ form: label, n }).toEqual({ form: label, n: f.by_form?.[label] });
    }
  });

  it('expelled members leave the Party on the day of the decision', async () => {
    const expelled = await count(
      `select count(*) from disciplinary_action d join member m on m.id = d.subject_member_id
        join membership_event e on e.member_id = m.id and e.kind = 'exit' and e.exit_reason = 'expulsion' and e.occurred_on = d.decided_on
        where d.form = 'expulsion' and m.left_on = d.decided_on and m.status = 'exited' and d.decided_on between $1 and $2`,
      YEAR_2022,
    );
    expect(expelled).toBe(figure('disciplined_members', true).by_form?.['khai trừ']);
  });

  it('2022 inspections on signs of violation by inspection commissions: 145 organisations, 344 members', async () => {
    const f = figure('inspections_on_signs_of_violation', true);
    const extra = `and r.type = 'signs_of_violation' and r.acting_body = 'inspection_commission'`;
    expect(await distinctSubjects('inspection', 'subject_organisation_id', 'occurred_on', YEAR_2022, extra)).toBe(
      f.organisations,
    );
    expect(await distinctSubjects('inspection', 'subject_member_id', 'occurred_on', YEAR_2022, extra)).toBe(f.members);
  });

  it('5 teams of the Ban Thường vụ Thành ủy on programme 01 and regulations 55 and 37 inspected 15 organisations and 25 members', async () => {
    const f = figure('program01_inspection_teams');
    const teams = await fx.sql.query<{ id: number; docs: string[] }>(
      `select t.id, array_agg(d.code order by d.code) as docs from inspection_team t
         join organisation o on o.id = t.formed_by_id join programme p on p.id = t.programme_id
         join inspection_team_document td on td.inspection_team_id = t.id join document d on d.id = td.document_id
        where o.code = 'TU-BTV' and o.kind = 'standing_committee' and p.code = $3 and t.formed_on between $1 and $2
        group by t.id`,
      [...H1_2022, facts.program.code],
    );
    expect(teams.rows).toHaveLength(f.value as number);
    for (const t of teams.rows) expect(t.docs).toEqual(['37-QĐ/TW', '55-QĐ/TW']);
    const extra = 'and r.team_id is not null';
    expect(await distinctSubjects('inspection', 'subject_organisation_id', 'occurred_on', H1_2022, extra)).toBe(
      f.subjects?.organisations,
    );
    expect(await distinctSubjects('inspection', 'subject_member_id', 'occurred_on', H1_2022, extra)).toBe(
      f.subjects?.members,
    );
  });

  it('programme 01-CTr/TU: title, issuer, term, steering committee; 34 items, 11 lead agencies, 24/5/5 as of 2022-07-13', async () => {
    const f = figure('program01_items');
    const { rows } = await fx.sql.query(
      `select p.title, p.issuer, p.term_start, p.term_end, o.name as steering from programme p
         join organisation o on o.id = p.steering_committee_id where p.code = $1`,
      [facts.program.code],
    );
    expect(rows[0]).toEqual({
      title: facts.program.title,
      issuer: facts.program.issuer,
      term_start: Number(facts.program.period[0]),
      term_end: Number(facts.program.period[1]),
      steering: facts.meeting.body,
    });
    const items = await fx.sql.query<{ n: number; leads: number }>(
      `select count(*)::int as n, count(distinct lead_agency_id)::int as leads from programme_item i
         join programme p on p.id = i.programme_id where p.code = $1`,
      [facts.program.code],
    );
    expect(items.rows[0]).toEqual({ n: f.value, leads: f.lead_agencies });
    const statuses = await fx.sql.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from (
         select distinct on (s.item_id) s.status from programme_item_status s
           join programme_item i on i.id = s.item_id join programme p on p.id = i.programme_id
          where p.code = $1 and s.effective_on <= $2 order by s.item_id, s.effective_on desc) latest
        group by status`,
      [facts.program.code, f.as_of],
    );
    const byStatus = Object.fromEntries(
      statuses.rows.map((r) => [r.status === 'draft_submitted' ? 'draft_submitted_for_approval' : r.status, r.n]),
    );
    expect(byStatus).toEqual(f.by_status);
    expect(await count(`select count(*) from programme where code ~ '^(0[1-9]|10)-CTr/TU$'`)).toBe(10);
  });

  it('the 2022-07-13 meeting of the steering committee, chaired by the four leaders in their roles', async () => {
    const { rows } = await fx.sql.query<{ name: string; role_label: string }>(
      `select p.full_name as name, mp.role_label from meeting m join organisation o on o.id = m.body_id
         join meeting_participant mp on mp.meeting_id = m.id and mp.role = 'chair' join person p on p.id = mp.person_id
        where m.held_on = $1 and o.name = $2 order by mp.sort_order`,
      [facts.meeting.date, facts.meeting.body],
    );
    expect(rows).toEqual(facts.meeting.chair.map((c) => ({ name: c.name, role_label: c.role })));
    expect(await count(`select count(*) from meeting_participant where role = 'attendee'`)).toBeGreaterThan(0);
  });

  it('the named leaders hold their titles on 2022-07-13, and other people did before', async () => {
    const holders = async (title: string, day: string) => {
      const { rows } = await fx.sql.query<{ name: string }>(
        `select p.full_name as name from position x join person p on p.id = x.person_id
          where x.title = $1 and x.started_on <= $2 and (x.ended_on is null or x.ended_on >= $2) order by 1`,
        [title, day],
      );
      return rows.map((r) => r.name);
    };
    const day = facts.meeting.date;
    for (const chair of facts.meeting.chair) {
      // Party and council offices of the city; national titles (Bộ Chính trị, Quốc hội) are outside the tree.
      const cityTitles = chair.titles.filter((t) => /^(Phó )?Bí thư|^Chủ tịch/.test(t));
      for (const title of cityTitles) expect(await holders(title, day)).toContain(chair.name);
    }
    expect(await holders('Bí thư Thành ủy', day)).toEqual(['Đinh Tiến Dũng']);
    expect(await holders('Bí thư Thành ủy', '2019-01-01')).not.toContain('Đinh Tiến Dũng');
    expect(await holders('Bí thư Thành ủy', '2019-01-01')).toHaveLength(1);
    const districtHeads = await count(
      `select count(distinct x.organisation_id) from position x join organisation o on o.id = x.organisation_id
        where o.kind = 'district_committee' and x.role = 'head' and x.started_on <= $1 and (x.ended_on is null or x.ended_on >= $1)`,
      [day],
    );
    expect(districtHeads).toBe(30);
  });

  it('documents as the article cites them', async () => {
    for (const d of facts.documents) {
      const { rows } = await fx.sql.query(
        `select kind, issuer, title, to_char(issued_on, 'YYYY-MM-DD') as date from document where code = $1`,
        [d.code],
      );
      expect(rows[0]).toMatchObject({
        kind: d.kind,
        issuer: d.issuer,
        title: d.title,
        ...(d.date ? { date: d.date } : {}),
      });
    }
  });

  it('index scores of Hà Nội', async () => {
    for (const v of figure('indices', true).values ?? []) {
      const { rows } = await fx.sql.query(
        `select s.score::float8 as score, s.rank, s.out_of from index_score s join administrative_unit u on u.id = s.unit_id
          where u.code = '01' and s.index = $1 and s.year = $2`,
        [v.index.replace(' ', '_'), v.year],
      );
      expect(rows[0]).toEqual({ score: v.score ?? v.score_pct ?? null, rank: v.rank, out_of: v.of });
    }
  });

  it('units and organisations: 12 quận, 17 huyện, 1 thị xã, 579 communes, 50 committees under the Thành ủy', async () => {
    const f = figure('units', true);
    const kinds = await fx.sql.query<{ kind: string; n: number }>(
      `select kind, count(*)::int as n from administrative_unit where level = 'district' group by kind`,
    );
    const labels: Record<string, string> = { quan: 'quận', huyen: 'huyện', thi_xa: 'thị xã' };
    expect(Object.fromEntries(kinds.rows.map((r) => [labels[r.kind], r.n]))).toEqual(f.district_level);
    expect(
      await count(`select count(*) from administrative_unit where level = 'commune' and code ~ '^[0-9]{5}$'`),
    ).toBe(f.commune_level);
    expect(
      await count(
        `select count(*) from organisation where parent_id = ${CITY} and kind in ('district_committee', 'bloc_committee')`,
      ),
    ).toBe(f.committees_directly_under_city);
    const alive = `founded_on <= '2022-06-30' and (dissolved_on is null or dissolved_on > '2022-06-30')`;
    const grassroots = await count(
      `select count(*) from organisation where kind in ('grassroots_committee', 'grassroots_cell') and ${alive}`,
    );
    expect(Math.abs(grassroots / (f.grassroots_organisations_approx as number) - 1)).toBeLessThan(0.05);
    const cells = await count(
      `select count(*) from organisation where kind in ('cell', 'grassroots_cell') and ${alive}`,
    );
    expect(Math.abs(cells / 18_000 - 1)).toBeLessThan(0.05);
  });

  it('about 450,000 members on 2020-10-31', async () => {
    const f = figure('party_members_total', true);
    const members = await count(
      `select count(*) from member where admitted_on <= '2020-10-31' and (left_on is null or left_on > '2020-10-31')`,
    );
    expect(Math.abs(members / (f.value_approx as number) - 1)).toBeLessThan(0.01);
  });
});
