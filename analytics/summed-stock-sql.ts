import { addDays, dayCount, splitDate } from '../services/calendar.js';
import type { Summed } from './metric-catalogue.js';
import type { Period } from './period.js';
import { sqlDate as date } from './sql-literal.js';

/**
 * A stock at each period's last day D from changes (+1 at a spell's start, -1 at its end) instead
 * of spells: the yearly sums of the years before D's year, plus the changes from 1 January to D;
 * or, when D is nearer the year's end, the sums up to D's year less the changes after D. So a
 * question reads the yearly sums (thousands of rows) and at most half a year of changes per period,
 * each range by the zone maps of the changes' day order, never all spells. Rows as measureSql's.
 * `group` and `where` are over `f`, whose columns both tables have.
 */
export function summedStockSql(
  summed: Summed,
  periods: readonly Period[],
  scopeId: number,
  group: string,
  where: readonly string[],
): string {
  const ranges = periods.map((p, i) => {
    const year = splitDate(p.to).year;
    const [first, last] = [`${year}-01-01`, `${year}-12-31`];
    const before = dayCount(first, p.to);
    const after = dayCount(p.to, last) - 1;
    // Forward from the year's start (signed +1) or back from its end (-1), whichever is shorter.
    return after < before
      ? { i, year, yearsUpTo: year, from: addDays(p.to, 1), to: last, sign: -1, empty: after === 0 }
      : { i, year, yearsUpTo: year - 1, from: first, to: p.to, sign: 1, empty: false };
  });
  const filter = (extra: string) => [...where, extra].join(' and ');
  const changes = ranges
    .filter((r) => !r.empty)
    .map(
      (r) => `select ${group} as g, null::INTEGER as year, ${r.i} as part, f.delta
        from ${summed.changes} f where ${filter(`f.day between ${date(r.from)} and ${date(r.to)}`)}`,
    );
  const latest = Math.max(...ranges.map((r) => r.yearsUpTo));
  const sums = ranges.map(
    (r) =>
      `coalesce(sum(case when part is null and year <= ${r.yearsUpTo} then delta when part = ${r.i} then ${r.sign} * delta end), 0)::BIGINT as n${r.i}`,
  );
  return `select unnest(range(${periods.length})) as p, ${scopeId} as scope_id, g,
      unnest([${periods.map((_, i) => `n${i}`).join(', ')}]) as n
    from (select g, ${sums.join(', ')} from (
      select ${group} as g, f.year, null::INTEGER as part, f.delta
      from ${summed.years} f where ${filter(`f.year <= ${latest}`)}
      ${changes.map((c) => `union all ${c}`).join('\n')}
    ) group by all)`;
}
