import type { Query } from './duckdb-store.js';
import { type MeasureSpec, measureSql } from './measure-sql.js';

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
    const { sql, params } = measureSql(spec);
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
