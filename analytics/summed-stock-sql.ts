import { addDays, dayCount, splitDate } from '../services/calendar.js';
import type { Summed } from './metric-catalogue.js';
import type { Period } from './period.js';
import { everOpen } from './replica-model.js';
import { sqlDate as date } from './sql-literal.js';

/**
 * A stock at each period's last day D from changes (+1 at a spell's start, -1 at its end) instead
 * of open spells: the yearly sums of the years before D's year, plus the changes from 1 January to
 * D; or, when D is nearer the year's end, the sums up to D's year less the changes after D. So a
 * question reads the yearly sums (thousands of rows) and the starts and ends of at most half a year
 * per period, never every spell. Rows as measureSql's; `group` and `where` are over `f`, a row of
 * any of the three tables.
 */
export function summedStockSql(
  spells: string,
  summed: Summed,
  periods: readonly Period[],
  scopeId: number,
  group: string,
  where: readonly string[],
): string {
  const ranges = periods.map((p) => {
    const year = splitDate(p.to).year;
    const [first, last] = [`${year}-01-01`, `${year}-12-31`];
    // Forward from the year's start, or back from its end (the changes after D taken off), whichever is shorter.
    return dayCount(p.to, last) - 1 < dayCount(first, p.to)
      ? { yearsUpTo: year, from: addDays(p.to, 1), to: last, sign: -1 }
      : { yearsUpTo: year - 1, from: first, to: p.to, sign: 1 };
  });
  // A period ending on 31 December reads no changes.
  const read = ranges.filter((r) => r.from <= r.to);
  const within = (day: string) => read.map((r) => `${day} between ${date(r.from)} and ${date(r.to)}`).join(' or ');
  // All periods' changes in one range first: a plain range on the stored days, which zone maps check.
  const bounds = read.flatMap((r) => [r.from, r.to]).sort();
  const span = `between ${date(bounds[0] ?? '')} and ${date(bounds.at(-1) ?? '')}`;
  const filter = (...more: string[]) => [...where, ...more].join(' and ');
  // Starts from the spells (in start order), ends from their own table (in end order).
  const change = (table: string, day: string, delta: number) =>
    `select ${group} as g, null::INTEGER as year, ${day} as day, ${delta} as delta from ${table} f
      where ${filter(`${day} ${span}`, `(${within(day)})`, everOpen('f'))}`;
  const changes = read.length
    ? `union all ${change(spells, 'f.day', 1)} union all ${change(summed.ends, 'f.end_day', -1)}`
    : '';
  const sums = ranges.map(
    (r, i) =>
      `coalesce(sum(case when year <= ${r.yearsUpTo} then delta
        when day between ${date(r.from)} and ${date(r.to)} then ${r.sign} * delta end), 0)::BIGINT as n${i}`,
  );
  return `select unnest(range(${periods.length})) as p, ${scopeId} as scope_id, g,
      unnest([${periods.map((_, i) => `n${i}`).join(', ')}]) as n
    from (select g, ${sums.join(', ')} from (
      select ${group} as g, f.year, null::DATE as day, f.delta
      from ${summed.years} f where ${filter(`f.year <= ${Math.max(...ranges.map((r) => r.yearsUpTo))}`)}
      ${changes}
    ) group by all)`;
}
