import { CALIBRATION_FILE, Calibration } from './calibration.js';
import { type ConsolidationRow, type DesignationRow, planDesignations } from './designations.js';
import { buildGeography, type Geography } from './geography.js';
import { type History, simulateHistory } from './history.js';
import { NAMED_PEOPLE } from './named-people.js';
import { buildOrganisations, type OrganisationPlan } from './organisations.js';
import { buildProgrammes, type Programmes } from './programmes.js';
import { Random } from './random.js';
import { VietnameseNames } from './vietnamese-names.js';
import type { WorldTable } from './world-table.js';
import { worldTables } from './world-tables.js';

export const DEFAULT_SEED = 20220713;

export interface GenerateOptions {
  /** 1 = Hà Nội; 0.01 for fast tests; 12 is about national size. */
  scale: number;
  seed?: number;
  calibrationFile?: string;
}

export interface WorldModel {
  seed: number;
  geography: Geography;
  organisations: OrganisationPlan;
  history: History;
  designations: DesignationRow[];
  consolidations: ConsolidationRow[];
  programmes: Programmes;
}

/**
 * Builds the world in memory (everything but people's names, which are drawn while streaming) and
 * returns its tables in load order. Same scale and seed give byte-identical rows.
 */
export function generateWorld(options: GenerateOptions): WorldTable[] {
  if (!(options.scale > 0 && options.scale <= 20))
    throw new RangeError(`scale must be in (0, 20], got ${options.scale}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const calibration = Calibration.load(options.scale, options.calibrationFile ?? CALIBRATION_FILE);
  const names = new VietnameseNames(new Set(NAMED_PEOPLE.map((p) => p.name)));
  const geography = buildGeography(names, Random.stream(seed, 'geography'));
  const organisations = buildOrganisations(geography, calibration, names, Random.stream(seed, 'organisations'));
  const history = simulateHistory(organisations, calibration, seed);
  const { designations, consolidations } = planDesignations(
    organisations.tree,
    calibration,
    Random.stream(seed, 'designations'),
  );
  const programmes = buildProgrammes(organisations.tree, history, calibration, Random.stream(seed, 'programmes'));
  return worldTables({ seed, geography, organisations, history, designations, consolidations, programmes });
}
