import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { benchStartup } from './startup.js';

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const sections: string[] = [`# civicgraph benchmarks`, ``, `Machine: ${machine}; ${new Date().toISOString()}`];

const suites: Record<string, () => Promise<string>> = {
  startup: async () => {
    const f = await benchStartup(1);
    return [
      '## Start-up (npm start, embedded PostgreSQL, scale 1)',
      '',
      '| measure | seconds |',
      '|---|---|',
      `| first start to ready (initdb, migrations, world load, analytics sync) | ${f.firstStartSeconds.toFixed(1)} |`,
      `| warm start to ready | ${f.warmStartSeconds.toFixed(1)} |`,
    ].join('\n');
  },
  store: async () => (await import('./store.js')).benchStore().then((r) => r.markdown),
  gateway: async () => (await import('./gateway.js')).benchGateway().then((r) => r.markdown),
  overload: async () => (await import('./overload.js')).benchOverload().then((r) => r.markdown),
  analytics: async () => (await import('./analytics.js')).benchAnalytics().then((r) => r.markdown),
  dashboard: async () => (await import('./dashboard.js')).benchDashboard().then((r) => r.markdown),
  exports: async () => (await import('./exports.js')).benchExports().then((r) => r.markdown),
  replica: async () => (await import('./replica.js')).benchReplica().then((r) => r.markdown),
  intake: async () => (await import('./intake.js')).benchIntake().then((r) => r.markdown),
  'vs-postgraphile': async () => (await import('./vs-postgraphile.js')).benchVsPostGraphile(),
};

// `npm run bench [-- --only name,name]`: runs the benchmarks (all, or the suites named) and prints one markdown report.
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const wanted = new Set(values.only?.split(',') ?? Object.keys(suites));

for (const [name, run] of Object.entries(suites)) {
  if (!wanted.has(name)) continue;
  console.error(`bench: ${name} ...`);
  sections.push('', await run());
}
const report = sections.join('\n');
await mkdir('bench-results', { recursive: true });
await writeFile(`bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.md`, report);
console.log(report);
