import { describe, expect, it } from 'vitest';
import { useDatabase } from '../support/use-database.js';

const exists = (day: string, org: string) =>
  `(${day} >= ${org}.founded_on and (${org}.dissolved_on is null or ${day} < ${org}.dissolved_on))`;

describe('the scale-1 world keeps the rules of time', () => {
  const fx = useDatabase({ scale: 1 });
  const count = async (sql: string): Promise<number> =>
    Number((await fx.sql.query(`select (${sql})::int as n`)).rows[0]?.n);

  it('no membership event before admission or after leaving', async () => {
    expect(
      await count(`select count(*) from membership_event e join member m on m.id = e.member_id
        where e.occurred_on < m.admitted_on or e.occurred_on > coalesce(m.left_on, 'infinity')`),
    ).toBe(0);
  });

  it('every organisation is founded on a day its parent exists, as foundOrganisation and the intake require', async () => {
    expect(
      await count(`select count(*) from organisation o join organisation p on p.id = o.parent_id`),
    ).toBeGreaterThan(20_000);
    expect(
      await count(`select count(*) from organisation o join organisation p on p.id = o.parent_id
        where not ${exists('o.founded_on', 'p')}`),
    ).toBe(0);
  });

  it('membership events happen in organisations that exist that day', async () => {
    expect(
      await count(`select count(*) from membership_event e join organisation o on o.id = e.organisation_id
        left join organisation c on c.id = e.counterpart_id
        where not ${exists('e.occurred_on', 'o')} or (c.id is not null and not ${exists('e.occurred_on', 'c')})`),
    ).toBe(0);
  });

  it('every admission is followed by full membership a year later unless the member left first', async () => {
    expect(
      await count(`select count(*) from member m join membership_event a on a.member_id = m.id and a.kind = 'admission'
        left join membership_event f on f.member_id = m.id and f.kind = 'full_membership'
        where (f.id is null) <> (m.full_member_on is null) or f.occurred_on <> m.probation_ends_on`),
    ).toBe(0);
  });

  it('every probation ends the same day a year later, 28 February for a 29 February admission', async () => {
    // PostgreSQL's own calendar is the oracle: date + 1 year clamps to the month's last day.
    expect(await count(`select count(*) from member where admitted_on = '2024-02-29'`)).toBeGreaterThan(0);
    expect(
      await count(`select count(*) from member where probation_ends_on <> (admitted_on + interval '1 year')::date`),
    ).toBe(0);
  });

  it.each([
    ['inspection', 'occurred_on'],
    ['supervision', 'occurred_on'],
    ['disciplinary_action', 'decided_on'],
  ])(
    '%s subjects exist on the day: organisations founded and not dissolved, members admitted and not gone',
    async (table, day) => {
      expect(
        await count(`select count(*) from ${table} r left join organisation o on o.id = r.subject_organisation_id
        left join member m on m.id = r.subject_member_id join organisation p on p.id = r.placed_in_id
        where (o.id is not null and not ${exists(`r.${day}`, 'o')})
           or (m.id is not null and (m.admitted_on > r.${day} or m.left_on < r.${day}))
           or not ${exists(`r.${day}`, 'p')}`),
      ).toBe(0);
    },
  );

  it('members sit in cells, and a member subject is placed in a cell', async () => {
    expect(
      await count(
        `select count(*) from member m join organisation c on c.id = m.cell_id where c.kind not in ('cell', 'grassroots_cell')`,
      ),
    ).toBe(0);
    expect(
      await count(`select count(*) from inspection r join organisation p on p.id = r.placed_in_id
        where r.subject_member_id is not null and p.kind not in ('cell', 'grassroots_cell')`),
    ).toBe(0);
  });

  it('an organisation has one head at a time, within its own lifetime', async () => {
    expect(
      await count(`select count(*) from position a join position b on b.organisation_id = a.organisation_id and b.id > a.id
        where a.role = 'head' and b.role = 'head'
          and daterange(a.started_on, a.ended_on, '[]') && daterange(b.started_on, b.ended_on, '[]')`),
    ).toBe(0);
    expect(
      await count(`select count(*) from position x join organisation o on o.id = x.organisation_id
        where o.kind in ('grassroots_committee', 'grassroots_cell') and (x.started_on < o.founded_on or x.ended_on >= o.dissolved_on
          or (o.dissolved_on is not null and x.ended_on is null))`),
    ).toBe(0);
    const headless =
      await count(`select count(*) from organisation o where o.kind in ('grassroots_committee', 'grassroots_cell')
      and ${exists(`'2022-07-13'::date`, 'o')}
      and not exists (select 1 from position x where x.organisation_id = o.id and x.role = 'head'
        and x.started_on <= '2022-07-13' and (x.ended_on is null or x.ended_on >= '2022-07-13'))`);
    const grassroots =
      await count(`select count(*) from organisation o where o.kind in ('grassroots_committee', 'grassroots_cell')
      and ${exists(`'2022-07-13'::date`, 'o')}`);
    expect(headless / grassroots).toBeLessThan(0.02);
  });

  it('about 10,000 admissions a year, more in the weeks before 3 Feb, 19 May and 2 Sep', async () => {
    const { rows } = await fx.sql.query<{ year: number; n: number }>(
      `select extract(year from occurred_on)::int as year, count(*)::int as n from membership_event where kind = 'admission' group by 1 order by 1`,
    );
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const r of rows) expect(r.n).toBeGreaterThan(8000);
    for (const r of rows) expect(r.n).toBeLessThan(12000);
    const { rows: season } = await fx.sql.query<{ peak: number; rest: number }>(
      `with daily as (
         select d::date as day, (select count(*) from membership_event e where e.kind = 'admission' and e.occurred_on = d::date) as n
           from generate_series('2015-01-01'::date, '2025-12-31', '1 day') d),
       marked as (
         select n, exists (select 1 from unnest(array['02-03', '05-19', '09-02']) a
           where make_date(extract(year from day)::int, split_part(a, '-', 1)::int, split_part(a, '-', 2)::int) - day between 0 and 20) as peak
           from daily)
       select avg(n) filter (where peak)::float8 as peak, avg(n) filter (where not peak)::float8 as rest from marked`,
    );
    expect((season[0]?.peak ?? 0) / (season[0]?.rest ?? 1)).toBeGreaterThan(1.8);
  });

  it('members per district follow population', async () => {
    const { rows } = await fx.sql.query<{ code: string; per_capita: number }>(
      `select u.code, (count(m.id)::float8 / u.population) as per_capita from administrative_unit u
         join organisation d on d.administrative_unit_id = u.id and d.kind = 'district_committee'
         join organisation c on c.path @> array[d.id] join member m on m.cell_id = c.id
          and m.admitted_on <= '2020-10-31' and (m.left_on is null or m.left_on > '2020-10-31')
        group by u.code, u.population`,
    );
    expect(rows).toHaveLength(30);
    const mean = rows.reduce((s, r) => s + r.per_capita, 0) / rows.length;
    for (const r of rows) expect(Math.abs(r.per_capita / mean - 1), r.code).toBeLessThan(0.25);
  });

  it('people have Vietnamese names with diacritics, mostly Kinh, of working age when admitted', async () => {
    expect(
      await count(`select count(*) from person where full_name !~ '^[[:alpha:]À-ỹĐđ]+( [[:alpha:]À-ỹĐđ]+){2,3}$'`),
    ).toBe(0);
    expect(
      await count(`select count(*) filter (where ethnicity = 'Kinh') * 100 / count(*) from person`),
    ).toBeGreaterThan(90);
    expect(await count(`select count(distinct ethnicity) from person`)).toBeGreaterThan(3);
    expect(
      await count(
        `select count(*) from member m join person p on p.id = m.person_id where extract(year from m.admitted_on) - p.birth_year < 18`,
      ),
    ).toBe(0);
  });
});
