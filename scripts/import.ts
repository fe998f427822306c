import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { WHOLE_FOREST } from '../services/access/access-scope.js';
import type { Caller } from '../services/access/caller.js';
import { loadConfig } from '../services/config.js';
import { DomainError } from '../services/errors.js';
import { importFile } from '../services/intake/import-file.js';
import type { IntakeProblem } from '../services/intake/intake-problem.js';
import { openDatabase } from '../services/store/database.js';
import { migrate } from '../services/store/migrate.js';
import { initORM } from '../services/store/orm.js';
import { runCli, UsageError } from './cli.js';

const USAGE = `usage: npm run import -- --kind KIND --file FILE.xlsx|FILE.csv [--dry-run]
  KIND       admissions, inspections, supervisions or disciplinary-actions
  --dry-run  check the whole file and list every problem, writing nothing
  Every problem is printed as row, column, code, reason; with any, nothing is written (exit code 1).`;

function options() {
  try {
    const { values } = parseArgs({
      options: {
        kind: { type: 'string' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!values.kind || !values.file) throw new Error('--kind and --file are needed');
    return { kind: values.kind, file: values.file, dryRun: values['dry-run'] ?? false };
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
}

/**
 * The bar's length: lines of a CSV, counted as the file streams past (never held whole); a workbook's
 * rows are only known once read, so its bar shows the limit.
 */
async function estimatedRows(file: string): Promise<number> {
  let lines = 0;
  let first = true;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    if (first && chunk.subarray(0, 2).toString() === 'PK') return loadConfig().INTAKE_MAX_ROWS;
    first = false;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return Math.max(1, lines - 1);
}

function printProblems(problems: readonly IntakeProblem[], total: number): void {
  console.error('row\tcolumn\tcode\treason');
  for (const p of problems) console.error(`${p.row}\t${p.column ?? '-'}\t${p.code}\t${p.reason}`);
  if (total > problems.length) console.error(`… and ${total - problems.length} more`);
}

// `npm run import`: attaches to the checkout's database (a running npm start's too) and imports one file.
await runCli(async () => {
  const opts = options();
  const config = loadConfig();
  const db = await openDatabase(config, { attach: true });
  try {
    await migrate(db.url);
    const orm = await initORM(db.url, 2);
    const bar = new SingleBar({ format: '{stage} |{bar}| {value}/{total} rows', hideCursor: true });
    try {
      // Whoever runs this command holds the machine and its data: they act as an admin of the whole forest.
      const caller: Caller = { id: `cli:${userInfo().username}`, role: 'admin', scope: WHOLE_FOREST };
      let started = false;
      const total = await estimatedRows(opts.file);
      const report = await importFile(orm.em.fork(), caller, {
        ...opts,
        maxRows: config.INTAKE_MAX_ROWS,
        maxBytes: config.INTAKE_MAX_UPLOAD_BYTES,
        onProgress(stage, rows) {
          // A chunk is written once checked, while the file has no problem so far.
          const label = stage === 'check' ? 'checking' : 'writing ';
          if (!started) bar.start(total, rows, { stage: label });
          started = true;
          bar.update(rows, { stage: label });
        },
      }).catch((e: unknown) => {
        bar.stop();
        if (e instanceof DomainError && e.code === 'IMPORT_REFUSED') {
          const { problems, problemCount } = e.details as { problems: IntakeProblem[]; problemCount: number };
          printProblems(problems, problemCount);
        }
        throw e;
      });
      bar.stop();
      if (report.problemCount) printProblems(report.problems, report.problemCount);
      console.log(
        `${report.kind}: ${report.rowCount} rows, ${report.writtenCount} ${report.dryRun ? 'to write' : 'written'}, ` +
          `${report.unchangedCount} already imported, ${report.problemCount} problems` +
          (report.batchId ? ` (batch ${report.batchId})` : ''),
      );
      if (report.problemCount) throw new DomainError('IMPORT_REFUSED', `dry run: ${report.problemCount} problem(s).`);
    } finally {
      await orm.close();
    }
  } finally {
    await db.stop();
  }
});
