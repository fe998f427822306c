import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../services/errors.js';
import { dayOf, isoOf } from './dates.js';

export const CALIBRATION_FILE = path.join(import.meta.dirname, 'calibration.csv');

const HEADER = ['metric', 'period', 'split', 'value', 'source', 'note'] as const;
const SOURCES = ['article', 'reported', 'synthetic'] as const;
const INDEX_SPLITS = ['score', 'rank', 'out_of'];

interface MetricRule {
  splits: readonly string[];
  /** Counts grow with the world; rankings, scores and the programme's structure do not. */
  scales: boolean;
  integer: boolean;
}

const count = (...splits: string[]): MetricRule => ({ splits: ['', ...splits], scales: true, integer: true });
const fixed = (splits: string[], integer: boolean): MetricRule => ({ splits, scales: false, integer });

const METRICS: Record<string, MetricRule> = {
  admissions: count('target'),
  members: count(),
  grassroots_orgs: count(),
  party_cells: count(),
  non_state_enterprise_orgs: count('target'),
  grassroots_consolidated: count('of'),
  weak_grassroots_consolidated: count('of'),
  inspected_orgs: count('signs_of_violation', 'programme_teams'),
  inspected_members: count('signs_of_violation', 'programme_teams'),
  supervised_orgs: count(),
  supervised_members: count(),
  disciplined_orgs: count('reprimand', 'warning', 'dissolution'),
  disciplined_members: count('reprimand', 'warning', 'dismissal', 'expulsion'),
  inspection_teams: fixed([''], true),
  programme_items: fixed(['', 'lead_agencies', 'assigned', 'in_progress', 'draft_submitted', 'completed'], true),
  PAPI: fixed(INDEX_SPLITS, false),
  PAR_INDEX: fixed(INDEX_SPLITS, false),
  SIPAS: fixed(INDEX_SPLITS, false),
};

export type Source = (typeof SOURCES)[number];

export interface Figure {
  metric: string;
  period: string;
  split: string;
  value: number;
  source: Source;
}

/**
 * Every calibrated figure of the world, read from one CSV file. `get` returns a figure scaled to
 * the world's size (rounded half up), so at scale 1 the generator reproduces the file exactly.
 */
export class Calibration {
  private readonly figures = new Map<string, Figure>();

  private constructor(
    figures: Figure[],
    readonly scale: number,
  ) {
    for (const f of figures) this.figures.set(key(f.metric, f.period, f.split), f);
  }

  static parse(text: string, scale: number, fileName = 'calibration.csv'): Calibration {
    return new Calibration(parseFigures(text, fileName), scale);
  }

  static load(scale: number, file = CALIBRATION_FILE): Calibration {
    return Calibration.parse(readFileSync(file, 'utf8'), scale, path.basename(file));
  }

  /** The figure scaled to the world, or undefined when the file does not give it. */
  find(metric: string, period: string, split = ''): number | undefined {
    const f = this.figures.get(key(metric, period, split));
    if (!f) return undefined;
    return METRICS[f.metric]?.scales ? Math.round(f.value * this.scale) : f.value;
  }

  get(metric: string, period: string, split = ''): number {
    const v = this.find(metric, period, split);
    if (v === undefined) {
      throw new DomainError(
        'CALIBRATION_MISSING',
        `calibration has no figure for ${metric} ${period} ${split}`.trim(),
        ['calibration', metric, period],
      );
    }
    return v;
  }

  /**
   * A flow figure of `year` split into its two halves: the file's H1 figure where it gives one,
   * otherwise `h1Share` of the year.
   */
  halves(metric: string, year: number, split = '', h1Share = 0.47): [number, number] {
    const total = this.get(metric, String(year), split);
    const h1 = Math.min(total, this.find(metric, `${year}-H1`, split) ?? Math.round(total * h1Share));
    return [h1, total - h1];
  }

  all(): Figure[] {
    return [...this.figures.values()];
  }
}

function key(metric: string, period: string, split: string): string {
  return `${metric}|${period}|${split}`;
}

function parseFigures(text: string, fileName: string): Figure[] {
  const lines = text.split(/\r?\n/);
  const fail = (line: number, column: string | undefined, reason: string): never => {
    throw new DomainError('CALIBRATION_INVALID', `${fileName} line ${line}: ${reason}`, [
      fileName,
      `line ${line}`,
      ...(column ? [column] : []),
    ]);
  };
  if (lines[0]?.trim() !== HEADER.join(',')) fail(1, undefined, `the header must be "${HEADER.join(',')}"`);
  const figures: Figure[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (i === 0 || raw.trim() === '') continue;
    const cells = raw.split(',');
    if (cells.length !== HEADER.length)
      fail(line, undefined, `expected ${HEADER.length} columns, found ${cells.length}`);
    const [metric = '', period = '', split = '', valueText = '', source = ''] = cells.map((c) => c.trim());
    const rule = METRICS[metric];
    if (!rule) return fail(line, 'metric', `unknown metric "${metric}"`);
    if (!rule.splits.includes(split))
      fail(line, 'split', `split "${split}" is not one of ${rule.splits.join(' ')} for ${metric}`);
    if (!validPeriod(period))
      fail(line, 'period', `"${period}" is not a period (YYYY, YYYY-H1, YYYY-MM or YYYY-MM-DD)`);
    const value = Number(valueText);
    if (valueText === '' || !Number.isFinite(value) || value < 0)
      fail(line, 'value', `"${valueText}" is not a non-negative number`);
    if (rule.integer && !Number.isInteger(value))
      fail(line, 'value', `${metric} needs a whole number, got "${valueText}"`);
    if (!(SOURCES as readonly string[]).includes(source))
      fail(line, 'source', `source must be one of ${SOURCES.join(' ')}`);
    const k = key(metric, period, split);
    const first = seen.get(k);
    if (first !== undefined)
      fail(line, undefined, `duplicate of line ${first} (${metric} ${period} ${split})`.trimEnd());
    seen.set(k, line);
    figures.push({ metric, period, split, value, source: source as Source });
  }
  return figures;
}

function validPeriod(period: string): boolean {
  const m = /^(\d{4})(?:-(H[12]|\d{2})(?:-(\d{2}))?)?$/.exec(period);
  if (!m) return false;
  const [, year, part, day] = m;
  if (part === undefined || part.startsWith('H')) return day === undefined;
  const month = Number(part);
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return isoOf(dayOf(Number(year), month, Number(day))) === period;
}
