import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { migrate } from '../../services/store/migrate.js';
import { seedWorld } from '../world/seed-world.js';

export interface StoreScaleFigures {
  scale: number;
  generateSeconds: number;
  /** COPY of every table, index and key rebuild, commit and ANALYZE; encoding of rows overlaps it. */
  loadSeconds: number;
  totalSeconds: number;
  rows: Record<string, number>;
  totalRows: number;
  databaseBytes: number;
}

const log = (line: string) => console.error(`bench store: ${line}`);

/**
 * Generation and load of the world at each scale into a fresh, migrated database (named
 * `cg_bench_store_s<scale>` on DATABASE_URL's server, or an embedded one under .data/bench-postgres),
 * dropped afterwards. Run alone: `npx tsx scripts/bench/store.ts [scales...]`.
 */
export async function benchStore(
  scales: readonly number[] = [0.1, 1],
): Promise<{ markdown: string; figures: StoreScaleFigures[] }> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const figures: StoreScaleFigures[] = [];
  try {
    for (const scale of scales) {
      const name = `cg_bench_store_s${String(scale).replace('.', '_')}`;
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      try {
        const url = new URL(server.url);
        url.pathname = `/${name}`;
        await migrate(url.toString());
        log(`scale ${scale}: generating and loading`);
        const started = Date.now();
        const result = await seedWorld(url.toString(), { scale });
        const totalSeconds = (Date.now() - started) / 1000;
        const { rows } = await admin.query<{ bytes: string }>('select pg_database_size($1) as bytes', [name]);
        figures.push({
          scale,
          generateSeconds: result.generateMs / 1000,
          loadSeconds: result.loadMs / 1000,
          totalSeconds,
          rows: result.rows,
          totalRows: Object.values(result.rows).reduce((s, n) => s + n, 0),
          databaseBytes: Number(rows[0]?.bytes),
        });
        log(`scale ${scale}: ${totalSeconds.toFixed(1)} s`);
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
      }
    }
  } finally {
    await admin.end();
    await server.stop();
  }
  return { markdown: markdown(figures), figures };
}

function markdown(figures: StoreScaleFigures[]): string {
  const header = (cells: string[]) => [`| ${cells.join(' | ')} |`, `|${cells.map(() => '---').join('|')}|`];
  const tables = Object.keys(figures[0]?.rows ?? {});
  return [
    '## World generation and load (COPY in one transaction)',
    '',
    ...header(['scale', 'generate (s)', 'load (s)', 'total (s)', 'rows', 'rows/s', 'database size (MiB)']),
    ...figures
      .map((f) =>
        [
          f.scale,
          f.generateSeconds.toFixed(1),
          f.loadSeconds.toFixed(1),
          f.totalSeconds.toFixed(1),
          f.totalRows,
          Math.round(f.totalRows / f.totalSeconds),
          (f.databaseBytes / 2 ** 20).toFixed(0),
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
    '',
    ...header(['table', ...figures.map((f) => `rows at scale ${f.scale}`)]),
    ...tables.map((t) => `| ${t} | ${figures.map((f) => f.rows[t] ?? 0).join(' | ')} |`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scales = process.argv.slice(2).map(Number);
  const { markdown } = await benchStore(scales.length ? scales : undefined);
  console.log(markdown);
  process.exit(0);
}
