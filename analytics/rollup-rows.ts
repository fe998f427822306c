import { PARTY_TREE_KINDS } from '../services/hierarchy/organisation-kinds.js';
import { DIMENSIONS } from './dimensions.js';
import type { Query } from './duckdb-store.js';
import type { Split } from './measure-sql.js';
import type { GroupKey, Measurement } from './measurement.js';
import type { Scope } from './scope.js';
import { sqlList } from './sql-literal.js';

/** One row of a split; `rank` orders organisations (or dimension values) by value, ties sharing a rank. */
export interface RollupRow {
  key: GroupKey;
  label: string;
  organisationId: number | null;
  value: number;
  baseValue: number;
  rank: number | null;
}

interface Candidate {
  key: GroupKey;
  label: string;
  organisationId: number | null;
  ranked: boolean;
  /** Listed even at zero: the districts and party organisations a reader expects to see. */
  always: boolean;
}

/** What sits outside every district committee at city level. */
const OUTSIDE_DISTRICTS = 'Khối, ngành Thành phố';

/**
 * The rows of a split of `scope`: value at period index 0 and base at index 1 (when measured).
 * The expected rows are looked up while the measurement runs; rows sum to the totals because
 * every group key the measurement holds gets a row too.
 */
export async function rollupRows(
  query: Query,
  scope: Scope,
  split: Split,
  measuring: Promise<Measurement>,
  hasBase: boolean,
): Promise<RollupRow[]> {
  if (split.by === 'none') return [];
  const [measured, candidates] = await Promise.all([measuring, candidatesFor(query, scope, split)]);
  const values = measured.groups(0, scope.id);
  const bases = hasBase ? measured.groups(1, scope.id) : new Map<GroupKey, number>();
  const unlisted = [...new Set([...values.keys(), ...bases.keys()])].filter((k) => !candidates.has(k));
  for (const c of await describe(query, scope, split, unlisted)) candidates.set(c.key, c);
  const rows = [...candidates.values()]
    .map((c) => ({ ...c, value: values.get(c.key) ?? 0, baseValue: bases.get(c.key) ?? 0 }))
    .filter((c) => c.always || c.value !== 0 || c.baseValue !== 0);
  const ranked = rows.filter((r) => r.ranked).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'vi'));
  const rest = rows.filter((r) => !r.ranked).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  let rank = 0;
  return [
    ...ranked.map((r, i) => {
      if (i === 0 || ranked[i - 1]?.value !== r.value) rank = i + 1;
      return { ...rowOf(r), rank };
    }),
    ...rest.map((r) => ({ ...rowOf(r), rank: null })),
  ];
}

const rowOf = ({ key, label, organisationId, value, baseValue }: Candidate & { value: number; baseValue: number }) => ({
  key,
  label,
  organisationId,
  value,
  baseValue,
});

/** The rows a reader expects even at zero: every district, every party child, every dimension value. */
async function candidatesFor(query: Query, scope: Scope, split: Split): Promise<Map<GroupKey, Candidate>> {
  const out = new Map<GroupKey, Candidate>();
  const add = (c: Candidate) => out.set(c.key, c);
  if (split.by === 'dimension') {
    const labels: Readonly<Record<string, string>> = DIMENSIONS[split.dimension].values ?? {};
    for (const [value, label] of Object.entries(labels)) {
      add({ key: value, label, organisationId: null, ranked: true, always: true });
    }
  } else if (split.by === 'district') {
    // The district committees inside the scope, and the scope's own district (null: it lies outside every district).
    const rows = await query(
      `select a.district_id as id, o.name from org_anc a left join org o on o.id = a.district_id
       where a.anc_id = ${scope.id} and (a.org_id = a.district_id or a.org_id = ${scope.id})`,
    );
    for (const r of rows) {
      const id = r.id === null ? null : Number(r.id);
      add(
        id === null
          ? { key: null, label: OUTSIDE_DISTRICTS, organisationId: null, ranked: false, always: true }
          : { key: id, label: String(r.name), organisationId: id, ranked: true, always: true },
      );
    }
  } else if (split.by === 'children') {
    // Kinds of the party tree itself: their rows show even at zero, so a ranking lists every unit.
    const kinds = sqlList(PARTY_TREE_KINDS);
    const rows = await query(`select id, name from org where parent_id = ${scope.id} and kind in (${kinds})`);
    for (const r of rows) {
      add({ key: Number(r.id), label: String(r.name), organisationId: Number(r.id), ranked: true, always: true });
    }
  }
  return out;
}

/** Rows for group keys with values that no candidate covers: other children, the scope itself, open values. */
async function describe(query: Query, scope: Scope, split: Split, keys: readonly GroupKey[]): Promise<Candidate[]> {
  if (split.by === 'dimension') {
    return keys.map((key) => ({
      key,
      label: key === null ? 'Không xác định' : String(key),
      organisationId: null,
      ranked: true,
      always: false,
    }));
  }
  const ids = keys.filter((k): k is number => typeof k === 'number');
  const named = ids.length ? await query(`select id, name from org where id in (${ids.join(', ')})`) : [];
  return [
    ...named.map((r) => ({
      key: Number(r.id),
      label: String(r.name),
      organisationId: Number(r.id),
      ranked: true,
      always: false,
    })),
    ...keys
      .filter((k) => k === null)
      .map(() => ({
        key: null,
        label: `${scope.name} (trực tiếp)`,
        organisationId: scope.id,
        ranked: false,
        always: false,
      })),
  ];
}
