import type { CheckedFilter } from './dimension-filter.js';
import type { DimensionId } from './dimensions.js';
import type { SqlParam } from './duckdb-store.js';
import { FACT_TABLES, type MetricDefinition } from './metric-catalogue.js';
import type { Period } from './period.js';
import { ancestorColumn, PLACEMENT_LEVELS, SUMMED_LEVELS } from './placement.js';
import { sqlDate as date, sqlList, sqlLiteral } from './sql-literal.js';
import { summedStockSql } from './summed-stock-sql.js';

/** How a measurement is split: not at all, by the scope's children, by district, or by a dimension's values. */
export type Split =
  | { by: 'none' }
  | { by: 'children' }
  | { by: 'district' }
  | { by: 'dimension'; dimension: DimensionId };

export interface MeasureSpec {
  metric: MetricDefinition;
  /** Measured together; result rows carry the index as `p`. */
  periods: readonly Period[];
  /** Organisation ids whose subtrees are counted; result rows carry the id as `scope_id`. */
  scopes: readonly number[];
  split: Split;
  filters: readonly CheckedFilter[];
  /** The level of the only scope in the tree (its path's length), when known: a placed table is then read without the closure. */
  level?: number;
}

/** Up to this many periods, rows are counted with one filtered aggregate per period instead of a range join. */
const AGGREGATE_PERIODS = 8;

/**
 * One DuckDB statement answering a metric for several periods and scopes at once, as rows
 * (p, scope_id, g, n). Records are first narrowed by a constant day range (zone maps skip row
 * groups), then by each period; subjects keep only their latest record per period; the closure
 * `org_anc` puts each placement under every scope, with its child and district for the split; a
 * placed table (one scope of known level) is filtered by the scope's ancestor column and grouped by
 * its district or the next level's column instead, so no per-organisation counts meet the closure.
 * Only values from the caller (filter values) travel as parameters; the rest are validated numbers,
 * dates and catalogue constants.
 */
export function measureSql(spec: MeasureSpec): { sql: string; params: SqlParam[] } {
  const { metric, periods, scopes, split, filters } = spec;
  const params: SqlParam[] = [];
  const table = FACT_TABLES[metric.source];
  const spell = table.spell && metric.kind === 'stock';
  const looked = new Set(table.lookup?.columns);
  const column = (dimension: string) => `${looked.has(dimension) ? 'l' : 'f'}.${dimension}`;
  const used = [...filters.map((f) => f.dimension), ...(split.by === 'dimension' ? [split.dimension] : [])];
  const from = used.some((d) => looked.has(d))
    ? `${metric.source} f join ${table.lookup?.table} l on l.${table.lookup?.key} = f.${table.lookup?.key}`
    : `${metric.source} f`;
  const froms = periods.map((p) => p.from).sort();
  const tos = periods.map((p) => p.to).sort();
  const [firstDay, firstEnd, lastDay] = [froms[0] ?? '', tos[0] ?? '', tos[tos.length - 1] ?? ''];

  // What records count, whatever their days.
  const counted: string[] = [];
  for (const [column, value] of Object.entries(metric.filters)) {
    counted.push(
      typeof value === 'string' ? `f.${column} = ${sqlLiteral(value)}` : `f.${column} in (${sqlList(value)})`,
    );
  }
  for (const f of filters) {
    const placeholders = f.values.map((v) => {
      params.push(v);
      return `$${params.length}`;
    });
    counted.push(`${column(f.dimension)} in (${placeholders.join(', ')})`);
  }
  const where = [
    ...(spell
      ? [`f.day <= ${date(lastDay)}`, `f.end_day > ${date(firstEnd)}`]
      : [`f.day between ${date(firstDay)} and ${date(lastDay)}`]),
    ...counted,
  ];
  const during = (d0: string, d1: string) =>
    spell ? `f.day <= ${d1} and f.end_day > ${d1}` : `f.day between ${d0} and ${d1}`;
  const dim = split.by === 'dimension' ? column(split.dimension) : 'null::VARCHAR';
  const key = { none: 'null::VARCHAR', children: 'a.child_id', district: 'a.district_id', dimension: 'facts.g' }[
    split.by
  ];
  const inScopes = `a.anc_id in (${scopes.map((s) => Math.trunc(s)).join(', ')})`;
  const placed = placedScope(spec);
  if (placed) {
    const inScope = `f.${ancestorColumn(placed.level)} = ${placed.id}`;
    where.push(inScope);
    const group = {
      none: dim,
      children: `f.${ancestorColumn(placed.level + 1)}`,
      district: 'f.district_id',
      dimension: dim,
    }[split.by];
    if (table.summed && spell && periods.length <= AGGREGATE_PERIODS && placed.deepest <= SUMMED_LEVELS) {
      return {
        sql: summedStockSql(metric.source, table.summed, periods, placed.id, group, [...counted, inScope]),
        params,
      };
    }
    if (periods.length <= AGGREGATE_PERIODS) {
      const counts = periods.map((p, i) => `count(*) filter (where ${during(date(p.from), date(p.to))}) as n${i}`);
      const sql = `select unnest(range(${periods.length})) as p, ${placed.id} as scope_id, g,
          unnest([${periods.map((_, i) => `n${i}`).join(', ')}]) as n
        from (select ${group} as g, ${counts.join(', ')} from ${from} where ${where.join(' and ')} group by all)`;
      return { sql, params };
    }
    const sql = `with pr(p, d0, d1) as (values ${periodValues(periods)})
      select pr.p, ${placed.id} as scope_id, ${group} as g, count(*) as n
      from ${from} join pr on ${during('pr.d0', 'pr.d1')}
      where ${where.join(' and ')} group by all`;
    return { sql, params };
  }

  if (metric.count === 'rows' && periods.length <= AGGREGATE_PERIODS) {
    // Counted per placement first, so millions of member spells never meet the closure one by one.
    const n = periods.map((_, i) => `n${i}`);
    const counts = periods.map((p, i) => `count(*) filter (where ${during(date(p.from), date(p.to))}) as n${i}`);
    const sql = `with facts as (
        select f.org_id, ${dim} as g, ${counts.join(', ')}
        from ${from} where ${where.join(' and ')} group by all)
      select unnest(range(${periods.length})) as p, scope_id, g, unnest([${n.join(', ')}]) as n from (
        select a.anc_id as scope_id, ${key} as g, ${n.map((c) => `sum(${c}) as ${c}`).join(', ')}
        from facts join org_anc a on a.org_id = facts.org_id
        where ${inScopes} group by all)`;
    return { sql, params };
  }
  const facts =
    metric.count === 'rows'
      ? `select pr.p, f.org_id, ${dim} as g
         from ${from} join pr on ${during('pr.d0', 'pr.d1')}
         where ${where.join(' and ')}`
      : // The struct keeps a null dimension value from being skipped by arg_max.
        `select p, struct_extract(latest, 'org_id') as org_id, struct_extract(latest, 'g') as g from (
           select pr.p, arg_max({'org_id': f.org_id, 'g': ${dim}}, f.seq) as latest
           from ${from} join pr on ${during('pr.d0', 'pr.d1')}
           where ${where.join(' and ')}
           group by pr.p, f.subject)`;
  const sql = `with pr(p, d0, d1) as (values ${periodValues(periods)}),
    facts as (${facts})
    select facts.p, a.anc_id as scope_id, ${key} as g, count(*) as n
    from facts join org_anc a on a.org_id = facts.org_id
    where ${inScopes}
    group by all`;
  return { sql, params };
}

const periodValues = (periods: readonly Period[]) =>
  periods.map((p, i) => `(${i}, ${date(p.from)}, ${date(p.to)})`).join(', ');

/**
 * The scope a placed table is filtered by directly: one, of known level, whose split's column (the
 * deepest level read) the table has.
 */
function placedScope({ metric, scopes, split, level }: MeasureSpec) {
  const [id] = scopes;
  if (!FACT_TABLES[metric.source].placed || metric.count !== 'rows' || scopes.length !== 1) return undefined;
  if (id === undefined || level === undefined) return undefined;
  const deepest = split.by === 'children' ? level + 1 : level;
  return deepest <= PLACEMENT_LEVELS ? { id: Math.trunc(id), level: Math.trunc(level), deepest } : undefined;
}
