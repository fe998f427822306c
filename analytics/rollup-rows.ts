import { DIMENSIONS } from './dimensions.js';
import type { Query } from './duckdb-store.js';
import type { Split } from './measure-sql.js';
import type { GroupKey, Measurement } from './measurement.js';
import type { Scope } from './scope.js';

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

/** Kinds of the party tree itself: their rows show even at zero, so a ranking lists every unit. */
const TREE_KINDS = [
  'district_committee',
  'bloc_committee',
  'grassroots_committee',
  'grassroots_cell',
  'partial_committee',
  'cell',
];

/** What sits outside every district committee at city level. */
export const OUTSIDE_DISTRICTS = 'Khối, ngành Thành phố';

/**
 * The rows of a split of `scope`: value at period index 0 and base at index 1 (when measured).
 * Rows sum to the totals: every group key the measurement holds is a candidate.
 */
export async function rollupRows(
  query: Query,
  scope: Scope,
  split: Split,
  measured: Measurement,
  hasBase: boolean,
): Promise<RollupRow[]> {
  if (split.by === 'none') return [];
  const values = measured.groups(0, scope.id);
  const bases = hasBase ? measured.groups(1, scope.id) : new Map<GroupKey, number>();
  const seen = [...new Set([...values.keys(), ...bases.keys()])];
  const candidates = await candidatesFor(query, scope, split, seen);
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

async function candidatesFor(
  query: Query,
  scope: Scope,
  split: Split,
  seen: readonly GroupKey[],
): Promise<Map<GroupKey, Candidate>> {
  const out = new Map<GroupKey, Candidate>();
  const add = (c: Candidate) => out.set(c.key, c);
  if (split.by === 'dimension') {
    const labels: Readonly<Record<string, string>> = DIMENSIONS[split.dimension].values ?? {};
    for (const [value, label] of Object.entries(labels))
      add({ key: value, label, organisationId: null, ranked: true, always: true });
    for (const key of seen) {
      if (!out.has(key))
        add({
          key,
          label: key === null ? 'Không xác định' : String(key),
          organisationId: null,
          ranked: true,
          always: false,
        });
    }
    return out;
  }
  if (split.by === 'district') {
    const rows = await query(
      `select a.district_id as id, any_value(o.name) as name from org_anc a left join org o on o.id = a.district_id
       where a.anc_id = ${scope.id} group by a.district_id`,
    );
    for (const r of rows) {
      const id = r.id === null ? null : Number(r.id);
      add(
        id === null
          ? { key: null, label: OUTSIDE_DISTRICTS, organisationId: null, ranked: false, always: true }
          : { key: id, label: String(r.name), organisationId: id, ranked: true, always: true },
      );
    }
    return out;
  }
  const ids = seen.filter((k): k is number => typeof k === 'number');
  const rows = await query(
    `select id, name, kind in (${TREE_KINDS.map((k) => `'${k}'`).join(', ')}) as tree from org
     where parent_id = ${scope.id}${ids.length ? ` or id in (${ids.join(', ')})` : ''}`,
  );
  for (const r of rows) {
    add({
      key: Number(r.id),
      label: String(r.name),
      organisationId: Number(r.id),
      ranked: true,
      always: Boolean(r.tree),
    });
  }
  add({ key: null, label: `${scope.name} (trực tiếp)`, organisationId: scope.id, ranked: false, always: false });
  return out;
}
