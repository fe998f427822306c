import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withPrivateReplica } from '../analytics/private-replica.js';
import { resolvePeriod } from '../analytics/relative-period.js';
import { buildReview } from '../analytics/review/review.js';
import { reviewDocx } from '../analytics/review/review-docx.js';
import { loadConfig } from '../services/config.js';
import { DomainError } from '../services/errors.js';
import { writeAtomically } from '../services/exports/atomic-file.js';
import { openDatabase } from '../services/store/database.js';
import { migrate } from '../services/store/migrate.js';
import { initORM } from '../services/store/orm.js';
import { runCli, UsageError } from './cli.js';

const USAGE = `usage: npm run report -- --period P [--scope CODE] [--format docx,md,txt] --out DIR
  --period P      2022-H1, 2021, 2022-Q3, ... or relative: H-1, Y-1, ...
  --scope CODE    an organisation code (e.g. TU-001) for its own figures; default the city
  --format F,...  docx, md, txt (default docx,md)
  --out DIR       where the files go (created if missing)
Exit codes: 0 done, 2 bad usage (the field at fault is named), 1 failed.`;

const FORMATS = ['docx', 'md', 'txt'] as const;

await runCli(async () => {
  let values: { period?: string; scope?: string; format?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        period: { type: 'string' },
        scope: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.period || !values.out) throw new UsageError(`--period and --out are required\n${USAGE}`);
  const formats = (values.format ?? 'docx,md').split(',').map((f) => f.trim());
  const bad = formats.find((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad !== undefined) throw new UsageError(`unknown format "${bad}" (one of ${FORMATS.join(', ')})\n${USAGE}`);
  let period: ReturnType<typeof resolvePeriod>;
  try {
    period = resolvePeriod(values.period, new Date(), ['period']);
  } catch (e) {
    throw e instanceof DomainError ? new UsageError(`${e.code} at period: ${e.message}`) : e;
  }
  const out = path.resolve(values.out);
  const db = await openDatabase(loadConfig(), { attach: true });
  try {
    await migrate(db.url);
    const orm = await initORM(db.url, 2);
    try {
      const em = orm.em.fork();
      const [scope] = values.scope
        ? await em
            .getConnection()
            .execute<{ id: number }[]>('select id from organisation where code = ?', [values.scope])
        : [undefined];
      if (values.scope && !scope)
        throw new UsageError(`INVALID_SCOPE at scope: no organisation has code "${values.scope}"`);
      const review = await withPrivateReplica(db.url, (engine) => buildReview(engine, em, period.key, scope?.id));
      await mkdir(out, { recursive: true });
      const base = `review-${period.key}${values.scope ? `-${values.scope}` : ''}`.replaceAll(/[^A-Za-z0-9_.-]/g, '_');
      const contents: Record<string, () => Promise<Buffer | string>> = {
        docx: () => reviewDocx(review.document),
        md: async () => review.markdown,
        txt: async () => review.text,
      };
      for (const format of formats) {
        const file = path.join(out, `${base}.${format}`);
        const body = await contents[format]?.();
        const digest = await writeAtomically(file, (tmp) => writeFile(tmp, body ?? ''));
        console.log(`${file}: ${digest.bytes} bytes`);
      }
    } finally {
      await orm.close();
    }
  } finally {
    await db.stop();
  }
});
