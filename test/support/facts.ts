import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Chair {
  name: string;
  titles: string[];
  role: string;
}

interface FactFigure {
  id: string;
  period?: string;
  value?: number;
  value_approx?: number;
  target?: number;
  of?: number;
  ratio_pct?: number;
  attainment_pct?: number;
  share_pct?: number;
  growth_vs_2020_pct?: number;
  organisations?: number;
  members?: number;
  lead_agencies?: number;
  as_of?: string;
  by_status?: Record<string, number>;
  by_form?: Record<string, number>;
  subjects?: { organisations: number; members: number };
  implies?: Record<string, number>;
  values?: { index: string; year: number; score?: number; score_pct?: number; rank: number; of: number }[];
  district_level?: Record<string, number>;
  commune_level?: number;
  committees_directly_under_city?: number;
  grassroots_organisations_approx?: number;
}

export interface Facts {
  meeting: { date: string; body: string; chair: Chair[] };
  program: { code: string; issuer: string; title: string; period: [string, string] };
  documents: { code: string; kind: string; issuer: string; date?: string; title: string }[];
  figures: FactFigure[];
  context_figures: FactFigure[];
}

/** The reference article's figures (a copy of the seed's facts.json), read rather than retyped. */
export const facts: Facts = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/facts.json'), 'utf8'),
);

export function figure(id: string, context = false): FactFigure {
  const f = (context ? facts.context_figures : facts.figures).find((x) => x.id === id);
  if (!f) throw new Error(`facts.json has no ${context ? 'context ' : ''}figure ${id}`);
  return f;
}

/** Percent rounded to one decimal, half away from zero, as the article prints it. */
export function percent(value: number, base: number): number {
  const x = (value / base) * 1000;
  return (Math.sign(x) * Math.round(Math.abs(x))) / 10;
}
