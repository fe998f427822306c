import 'reflect-metadata';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import { importFile } from '../../services/intake/import-file.js';
import { initORM } from '../../services/store/orm.js';

/** What one import told the intake bench: its timings and this process's memory. */
export interface ImportRun {
  written: number;
  unchanged: number;
  problems: number;
  seconds: number;
  /** Resident set once the modules are loaded and the database is open, before the import. */
  baselineRssMb: number;
  /** The process's peak resident set (the kernel's high-water mark), the import included. */
  peakRssMb: number;
}

const [url, file, kind] = process.argv.slice(2);
if (!url || !file || !kind) throw new Error('usage: intake-run.ts DATABASE_URL FILE KIND');

// A process of its own per import, so its peak RSS is the import's and nothing the bench holds.
const orm = await initORM(url, 2);
try {
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  const start = process.hrtime.bigint();
  const report = await importFile(orm.em.fork(), SYSTEM_CALLER, {
    kind,
    file,
    dryRun: false,
    maxRows: 200_000,
    maxBytes: 256 * 2 ** 20,
  });
  const end = process.hrtime.bigint();
  const run: ImportRun = {
    written: report.writtenCount,
    unchanged: report.unchangedCount,
    problems: report.problemCount,
    seconds: Number(end - start) / 1e9,
    baselineRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
} finally {
  await orm.close();
}
