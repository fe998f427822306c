import type { Query } from './duckdb-store.js';
import { type MeasureSpec, measureSql } from './measure-sql.js';
import { FACT_TABLES } from './metric-catalogue.js';

export type GroupKey = number | string | null;

/** The counts of one measure statement, read by period index, scope and group. */
export class Measurement {
  private readonly cells = new Map<string, Map<GroupKey, number>>();

  constructor(rows: readonly { p: number; scope_id: number; g: GroupKey; n: number }[]) {
    for (const r of rows) {
      const k = `${r.p}:${r.scope_id}`;
      const groups = this.cells.get(k) ?? new Map<GroupKey, number>();
      groups.set(r.g, (groups.get(r.g) ?? 0) + r.n);
      this.cells.set(k, groups);
    }
  }

  static async run(query: Query, spec: MeasureSpec): Promise<Measurement> {
    const { sql, params } = measureSql({ ...spec, level: await scopeLevel(query, spec) });
    return new Measurement((await query(sql, params)) as { p: number; scope_id: number; g: GroupKey; n: number }[]);
  }

  groups(p: number, scope: number): ReadonlyMap<GroupKey, number> {
    return this.cells.get(`${p}:${scope}`) ?? new Map();
  }

  total(p: number, scope: number): number {
    let sum = 0;
    for (const n of this.groups(p, scope).values()) sum += n;
    return sum;
  }
}

/** The level of a placed table's only scope, which lets the measure skip the closure. */
async function scopeLevel(query: Query, { metric, scopes }: MeasureSpec): Promise<number | undefined> {
  if (!FACT_TABLES[metric.source].placed || scopes.length !== 1) return undefined;
  const [row] = await query('select len(path) as level from org where id = $1', [scopes[0] as number]);
  return row ? Number(row.level) : undefined;
}
