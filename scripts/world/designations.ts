import type { DesignationKind } from '../../services/oversight/designation.entity.js';
import type { Calibration } from './calibration.js';
import { dayOf, WORLD_YEARS, workdayIn } from './dates.js';
import type { OrgTree } from './org-tree.js';
import type { Random } from './random.js';

export interface DesignationRow {
  orgId: number;
  kind: DesignationKind;
  year: number;
  day: number;
  plan: string;
  monitoredBy: number;
}

export interface ConsolidationRow {
  designationId: number;
  day: number;
}

const KINDS = [
  { kind: 'to_consolidate', metric: 'grassroots_consolidated' },
  { kind: 'weak', metric: 'weak_grassroots_consolidated' },
] as const;

/**
 * Each year's grassroots organisations designated weak or to be consolidated (early in the year) and
 * those consolidated later that year, as many per half-year as the calibration says.
 */
export function planDesignations(
  tree: OrgTree,
  calibration: Calibration,
  random: Random,
): { designations: DesignationRow[]; consolidations: ConsolidationRow[] } {
  const designations: DesignationRow[] = [];
  const consolidations: ConsolidationRow[] = [];
  for (const year of WORLD_YEARS) {
    const yearEnd = dayOf(year, 12, 31);
    const taken = new Set<number>();
    for (const { kind, metric } of KINDS) {
      const count = calibration.get(metric, String(year), 'of');
      const [h1, h2] = calibration.halves(metric, year);
      const start = designations.length;
      for (let i = 0; i < count; i++) {
        const day = workdayIn({ from: dayOf(year, 1, 10), to: dayOf(year, 3, 31) }, (n) => random.int(n));
        const g = pickGrassroots(tree, day, yearEnd, taken, random);
        taken.add(g.orgId);
        designations.push({
          orgId: g.orgId,
          kind,
          year,
          day,
          plan: planName(kind, year),
          monitoredBy: monitor(tree, kind, g.committeeId),
        });
      }
      const chosen = random
        .shuffle(Array.from({ length: count }, (_, i) => start + i))
        .slice(0, Math.min(count, h1 + h2));
      chosen.forEach((index, i) => {
        const range =
          i < h1 ? { from: dayOf(year, 4, 1), to: dayOf(year, 6, 30) } : { from: dayOf(year, 7, 1), to: yearEnd };
        consolidations.push({ designationId: index + 1, day: workdayIn(range, (n) => random.int(n)) });
      });
    }
  }
  consolidations.sort((a, b) => a.day - b.day || a.designationId - b.designationId);
  return { designations, consolidations };
}

/** A grassroots organisation that exists from `from` to the end of the year and is not yet designated. */
function pickGrassroots(tree: OrgTree, from: number, to: number, taken: Set<number>, random: Random) {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const g = random.pick(tree.grassroots);
    if (!taken.has(g.orgId) && tree.alive(g.orgId, from) && tree.alive(g.orgId, to)) return g;
  }
  throw new Error('not enough grassroots organisations to designate');
}

function planName(kind: DesignationRow['kind'], year: number): string {
  if (kind === 'weak') return `Kế hoạch củng cố tổ chức cơ sở đảng yếu kém năm ${year}`;
  return year >= 2021
    ? 'Nghị quyết 15 và Chỉ thị 15 của Ban Thường vụ Thành ủy'
    : `Kế hoạch củng cố, kiện toàn tổ chức cơ sở đảng năm ${year}`;
}

/** Weak organisations are followed by the district's standing committee; the others by the committee above them. */
function monitor(tree: OrgTree, kind: DesignationRow['kind'], committeeId: number): number {
  if (kind === 'to_consolidate') return committeeId;
  const committee = tree.byId(committeeId);
  return committee.kind === 'district_committee' ? tree.byCode(`${committee.code}-BTV`).id : committeeId;
}
