import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startEmbeddedPostgres } from '../../services/store/embedded-postgres.js';
import { initORM } from '../../services/store/orm.js';
import { benchCredential } from './bench-credential.js';
import { benchDatabase, UNLIMITED_RATES } from './bench-platform.js';

const log = (line: string) => console.error(`bench overload: ${line}`);

/** The probe's expensive requests: subtree relations under the city, with and without counts. */
const EXPENSIVE = [
  '{ organisation(code: "TU") { descendants(first: 10) { nodes { members(first: 1) { nodes { id } } } } } }',
  '{ organisation(code: "TU") { descendants(first: 30) { totalCount nodes { members(first: 1) { totalCount nodes { id } } } } } }',
  `{ organisation(code: "TU") { descendants(first: 90) { totalCount nodes {
      members(first: 1) { totalCount nodes { id } } membershipEvents(first: 1) { totalCount nodes { id } } } } } }`,
];
/** Searches shorter than the trigram index serves, which used to read every person. */
const SHORT_SEARCHES = ['a', '%', '_', '😀', 'ng'].map(
  (q) => `{ people(search: ${JSON.stringify(q)}, first: 10) { nodes { id name } } }`,
);
const SIMPLE = '{ organisation(code: "TU") { name } }';

interface Stream {
  name: string;
  connections: number;
  queries: string[];
  /** The stream's own API key (`Bearer …`). */
  authorization: string;
}

interface StreamResult {
  name: string;
  connections: number;
  requests: number;
  statuses: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function run(url: string, stream: Stream, seconds: number): Promise<StreamResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: stream.authorization },
        requests: stream.queries.map((query) => ({ body: JSON.stringify({ query }) })),
        connections: stream.connections,
        duration: seconds,
        timeout: 60,
      },
      (err, res) =>
        err
          ? reject(err)
          : resolve({
              name: stream.name,
              connections: stream.connections,
              requests: res.requests.total,
              statuses,
              ...(() => {
                latencies.sort((a, b) => a - b);
                return {
                  p50Ms: percentile(latencies, 50),
                  p95Ms: percentile(latencies, 95),
                  p99Ms: percentile(latencies, 99),
                };
              })(),
            }),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      latencies.push(ms);
    });
  });
}

/** Starts `npm start`'s command in a process of its own, so the load generator does not share its event loop. */
async function startServer(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /ready in .* (http:\/\/\S+)\/graphql/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before ready:\n${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * `npm run bench -- --only overload`: the server under twelve connections of expensive subtree
 * requests and ten of short searches, while one connection asks a simple query. The bar: the simple
 * query's p99 stays under 100 ms and nothing answers 500. Error codes come from the server's /metrics.
 */
export async function benchOverload(options: { seconds?: number } = {}): Promise<{ markdown: string }> {
  const seconds = options.seconds ?? 20;
  const loadAtStart = os.loadavg()[0] ?? 0;
  const pgServer = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres('.data/bench-postgres');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-overload-'));
  try {
    const databaseUrl = await benchDatabase(pgServer.url);
    const orm = await initORM(databaseUrl, 1);
    const [expensiveKey, searchKey, simpleKey] = await Promise.all(
      [1, 2, 3].map(() => benchCredential(orm, 'admin', '*')),
    ).finally(() => orm.close());
    const server = await startServer({
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SEED_WHEN_EMPTY: 'false',
      // The bench measures the expensive-request gate, not the per-address and per-credential budgets.
      ...UNLIMITED_RATES,
    });
    try {
      log(`${seconds} s: 12 expensive + 10 short-search connections, 1 simple-query connection`);
      const results = await Promise.all([
        run(
          server.url,
          { name: 'expensive subtree requests', connections: 12, queries: EXPENSIVE, authorization: expensiveKey },
          seconds,
        ),
        run(
          server.url,
          { name: 'short searches', connections: 10, queries: SHORT_SEARCHES, authorization: searchKey },
          seconds,
        ),
        run(
          server.url,
          { name: 'simple query (organisation by code)', connections: 1, queries: [SIMPLE], authorization: simpleKey },
          seconds,
        ),
      ]);
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const codes = [...metrics.matchAll(/^civicgraph_graphql_errors_total\{code="([^"]+)"\} (\d+)/gm)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
      return { markdown: markdown(results, codes, seconds, loadAtStart) };
    } finally {
      await server.stop();
    }
  } finally {
    await pgServer.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function markdown(results: StreamResult[], codes: string[], seconds: number, loadAtStart: number): string {
  const f = (n: number) => n.toFixed(1);
  const fiveHundreds = results.reduce((n, r) => n + (r.statuses['500'] ?? 0), 0);
  return [
    '## Overload (scale-1 world, server in its own process, autocannon)',
    '',
    `All three streams at once for ${seconds} s, default limits. 1-minute load average ${loadAtStart.toFixed(1)} at start,`,
    `${(os.loadavg()[0] ?? 0).toFixed(1)} at the end. HTTP 500 answers: **${fiveHundreds}**.`,
    '',
    '| stream | conn. | requests | req/s | p50 ms | p95 ms | p99 ms | HTTP statuses |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${r.requests} | ${f(r.requests / seconds)} | ${f(r.p50Ms)} | ${f(r.p95Ms)} | ${f(r.p99Ms)} | ${Object.entries(
          r.statuses,
        )
          .map(([s, n]) => `${s}: ${n}`)
          .join(', ')} |`,
    ),
    '',
    `GraphQL error codes answered (server /metrics): ${codes.join(', ') || 'none'}.`,
  ].join('\n');
}
