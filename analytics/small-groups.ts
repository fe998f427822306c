import type { RollupRow } from './rollup-rows.js';

/** Groups of fewer people than this are not shown on their own in a split by personal data. */
export const SMALL_GROUP = 5;

const FOLDED_LABEL = `Các nhóm dưới ${SMALL_GROUP} người (gộp)`;

const isSmall = (n: number) => n > 0 && n < SMALL_GROUP;

/**
 * The rows of a split by a personal dimension with every group of 1–4 people (in the period or the
 * base) folded into one unranked row. While the folded row is itself small, or holds a single
 * group, the smallest shown row joins it, so no small group can be read off or subtracted out of
 * the total. Rows still add up to the total.
 */
export function foldSmallGroups(rows: readonly RollupRow[]): RollupRow[] {
  const folded = rows.filter((r) => isSmall(r.value) || isSmall(r.baseValue));
  if (!folded.length) return [...rows];
  const shown = rows.filter((r) => !folded.includes(r)).sort((a, b) => a.value - b.value);
  const sum = (key: 'value' | 'baseValue') => folded.reduce((n, r) => n + r[key], 0);
  while (shown.length && (isSmall(sum('value')) || isSmall(sum('baseValue')) || folded.length === 1)) {
    folded.push(shown.shift() as RollupRow);
  }
  const kept = rows.filter((r) => !folded.includes(r));
  const group: RollupRow = {
    key: null,
    label: FOLDED_LABEL,
    organisationId: null,
    value: sum('value'),
    baseValue: sum('baseValue'),
    rank: null,
  };
  return [...kept, group];
}
