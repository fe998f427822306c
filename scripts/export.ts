import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { checkSpec } from '../analytics/exports/check-spec.js';
import type { ExportSpec } from '../analytics/exports/export-spec.js';
import { produceExport } from '../analytics/exports/produce-export.js';
import { withPrivateReplica } from '../analytics/private-replica.js';
import { resolvePeriod } from '../analytics/relative-period.js';
import { loadConfig } from '../services/config.js';
import { DomainError } from '../services/errors.js';
import type { ExportFileRecord } from '../services/exports/export-file-record.js';
import { EXPORT_FORMATS, type ExportFormat } from '../services/exports/export-formats.js';
import { openDatabase } from '../services/store/database.js';
import { migrate } from '../services/store/migrate.js';
import { runCli, UsageError } from './cli.js';

const USAGE = `usage: npm run export -- (--metric ID | --dataset ID | --spec FILE.json) --period P --out DIR [options]
  --metric ID        one question about a metric (see the metrics query), e.g. admissions
  --question Q       compare (default), attainment, share or series
  --group-by G       DISTRICT or DIRECT_CHILDREN (compare)
  --breakdown DIM    split by a dimension instead, e.g. form (compare)
  --baseline B       SAME_PERIOD_LAST_YEAR (default) or PREVIOUS_PERIOD (compare)
  --grain G          MONTH, QUARTER, HALF_YEAR or YEAR (series)
  --dataset ID       an event-level extract instead, e.g. admissions, membership_events, disciplinary_actions
  --scope CODE       an organisation code (e.g. TU-001); default the city
  --spec FILE.json   a whole export spec (see the README) instead of one question
  --period P         2022-H1, 2022, 2022-Q3, 2022-07, ranges, or relative: H-1, Q-1, M-1, Y-1, YTD
  --format F,...     xlsx, csv, parquet, json (default xlsx)
  --bom              start CSV files with a byte-order mark (Excel)
  --out DIR          where the files and manifest.json go (created if missing)
Exit codes: 0 done, 2 bad usage or spec (the field at fault is named), 1 failed.`;

const FLAGS = {
  metric: { type: 'string' },
  question: { type: 'string' },
  'group-by': { type: 'string' },
  breakdown: { type: 'string' },
  baseline: { type: 'string' },
  grain: { type: 'string' },
  dataset: { type: 'string' },
  scope: { type: 'string' },
  spec: { type: 'string' },
  period: { type: 'string' },
  format: { type: 'string' },
  bom: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = { [K in keyof typeof FLAGS]?: (typeof FLAGS)[K]['type'] extends 'boolean' ? boolean : string };

/** A spec made of one question or extract, from the flags (checked afterwards like any spec). */
function specFromFlags(f: Flags): Record<string, unknown> {
  const base = { scope: f.scope };
  if (f.dataset)
    return { title: f.dataset, tables: [{ ...base, name: f.dataset, question: 'dataset', dataset: f.dataset }] };
  const question = f.question ?? 'compare';
  const table = {
    ...base,
    name: f.metric,
    question,
    metric: f.metric,
    ...(question === 'compare' ? { groupBy: f['group-by'], breakdown: f.breakdown, baseline: f.baseline } : {}),
    ...(question === 'series' ? { grain: f.grain } : {}),
  };
  return { title: String(f.metric), tables: [JSON.parse(JSON.stringify(table))] };
}

async function readSpec(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read the spec ${file}: ${e.code ?? e.message}`);
  });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the spec ${file} is not JSON: ${(e as Error).message}`);
  }
}

function formatsOf(text = 'xlsx'): ExportFormat[] {
  const formats = text.split(',').map((f) => f.trim().toLowerCase());
  const bad = formats.find((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (bad !== undefined)
    throw new UsageError(`unknown format "${bad}" (one of ${EXPORT_FORMATS.join(', ')})\n${USAGE}`);
  return [...new Set(formats)] as ExportFormat[];
}

/** A refusal about the spec or period is the user's to fix (exit 2), naming the field. */
function asUsage(e: unknown): unknown {
  if (!(e instanceof DomainError)) return e;
  const field = e.field?.length ? ` at ${e.field.join('.')}` : '';
  return new UsageError(`${e.code}${field}: ${e.message}`);
}

/** A bar over the files on a terminal; one line per file otherwise. */
function progress(total: number): { file(f: ExportFileRecord): void; stop(): void } {
  if (!process.stdout.isTTY) {
    return { file: (f) => console.log(`${f.name}: ${f.rows} rows, ${f.bytes} bytes, sha256 ${f.sha256}`), stop() {} };
  }
  const bar = new SingleBar({ format: 'files |{bar}| {value}/{total} {name}', hideCursor: true });
  bar.start(total, 0, { name: '' });
  return { file: (f) => bar.increment({ name: f.name }), stop: () => bar.stop() };
}

await runCli(async () => {
  let flags: Flags;
  try {
    flags = parseArgs({ options: FLAGS, strict: true, allowPositionals: false }).values as Flags;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const sources = [flags.metric, flags.dataset, flags.spec].filter((s) => s !== undefined);
  if (sources.length !== 1) throw new UsageError(`give one of --metric, --dataset or --spec\n${USAGE}`);
  if (!flags.period) throw new UsageError(`--period is required\n${USAGE}`);
  if (!flags.out) throw new UsageError(`--out is required\n${USAGE}`);
  const formats = formatsOf(flags.format);
  const resolvedAt = new Date();
  const raw = flags.spec ? await readSpec(flags.spec) : specFromFlags(flags);
  let spec: ExportSpec;
  try {
    spec = await checkSpec(raw, ['spec']);
    resolvePeriod(flags.period, resolvedAt, ['period']);
  } catch (e) {
    throw asUsage(e);
  }
  const period = resolvePeriod(flags.period, resolvedAt);
  const out = path.resolve(flags.out);
  const config = loadConfig();
  const db = await openDatabase(config, { attach: true });
  try {
    await migrate(db.url);
    console.log(`exporting "${spec.title}" for ${period.label} (${period.key}) into ${out}`);
    const bar = progress(
      formats.filter((f) => f !== 'xlsx').length * spec.tables.length + (formats.includes('xlsx') ? 1 : 0),
    );
    const produced = await withPrivateReplica(db.url, (engine) =>
      produceExport(engine, out, {
        runId: null,
        spec,
        period,
        periodText: flags.period as string,
        resolvedAt,
        formats,
        csvBom: flags.bom ?? false,
        onFile: (f) => bar.file(f),
      }),
    )
      .catch((e) => {
        throw e instanceof DomainError && e.field?.[0] === 'spec' ? asUsage(e) : e;
      })
      .finally(() => bar.stop());
    console.log(`done: ${produced.files.length} files and manifest.json, data as of ${produced.snapshotAt}`);
  } finally {
    await db.stop();
  }
});
