import { z } from 'zod';
import { BASELINES } from '../baseline.js';
import { GROUP_BYS } from '../metric-catalogue.js';
import { GRAINS } from '../series.js';

const name = z.string({ error: 'must be text' }).regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,30}$/, {
  error: 'must be 1-31 letters, digits, "_" or "-", starting with a letter or digit (it names files and sheets)',
});
const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(200);
/** Organisation codes (e.g. "TU-001"): stable across re-seeds and readable in a spec file, unlike ids. */
const scope = z.string({ error: 'must be an organisation code, e.g. "TU-001"' }).trim().min(1).max(100).optional();
const filter = z.strictObject({
  dimension: z.string({ error: 'must be a dimension id' }),
  values: z.array(z.string({ error: 'must be text' }), { error: 'must be a list of values' }),
});
const where = z.array(filter, { error: 'must be a list of filters' }).max(20).optional();
const base = { name, title: text.optional(), scope };

const table = z.discriminatedUnion(
  'question',
  [
    z.strictObject({
      ...base,
      question: z.literal('compare'),
      metric: z.string({ error: 'must be a metric id' }),
      baseline: z.enum(BASELINES).optional(),
      groupBy: z.enum(GROUP_BYS).optional(),
      breakdown: z.string({ error: 'must be a dimension id' }).optional(),
      where,
    }),
    z.strictObject({ ...base, question: z.literal('attainment'), metric: z.string({ error: 'must be a metric id' }) }),
    z.strictObject({ ...base, question: z.literal('share'), metric: z.string({ error: 'must be a metric id' }) }),
    z.strictObject({
      ...base,
      question: z.literal('series'),
      metric: z.string({ error: 'must be a metric id' }),
      grain: z.enum(GRAINS),
      where,
    }),
    z.strictObject({ ...base, question: z.literal('dataset'), dataset: z.string({ error: 'must be a dataset id' }) }),
  ],
  { error: 'must be one of compare, attainment, share, series, dataset' },
);

/** An export spec as stored and as written in a spec file: a title and its tables (one question or extract each). */
export const exportSpecSchema = z.strictObject({
  title: text,
  tables: z
    .array(table, { error: 'must be a list of tables' })
    .min(1, { error: 'must list at least one table' })
    .max(50, { error: 'must list at most 50 tables' }),
});

export type ExportSpec = z.output<typeof exportSpecSchema>;
export type ExportTableSpec = ExportSpec['tables'][number];
