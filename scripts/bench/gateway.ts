import os from 'node:os';
import autocannon from 'autocannon';
import type { Platform } from '../../services/gateway/platform.js';
import { benchCredential } from './bench-credential.js';
import { withBenchPlatform } from './bench-platform.js';

export interface GatewayBenchRow {
  operation: string;
  connections: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  statementsPerRequest: number;
  peakRssMb: number;
}

const WARM_UP = 20;
const log = (line: string) => console.error(`bench gateway: ${line}`);

interface Nodes<T> {
  nodes: T[];
}
interface Answer {
  organisation: { children: Nodes<{ children: Nodes<unknown> }> };
  people: Nodes<{ name: string }>;
  programme: { statusCounts: { status: string; count: number }[] };
  organisations: { edges: unknown[] };
}

const TREE = `{ organisation(code: "TU") { name children(kind: [DISTRICT_COMMITTEE], first: 30) { nodes { name
  children(kind: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL], first: 20) { nodes { name
    head(asOf: "2022-07-13") { title person { name } } memberCount(asOf: "2022-07-13") } } } } } }`;
const treeComplete = (d: Answer) =>
  d.organisation.children.nodes.length === 30 &&
  d.organisation.children.nodes.every((n) => n.children.nodes.length === 20);

/**
 * What front ends ask most, with fixed days so every run asks the same thing; `check` proves the answer.
 * Asked with an admin key of the whole forest, and the tree also with a viewer key scoped to the Thành ủy,
 * whose every row is checked against its scope: the cost of access control.
 */
const OPERATIONS: { name: string; query: string; check: (data: Answer) => boolean; scoped?: true }[] = [
  { name: 'tree: city → 30 districts → 20 grassroots each, head + member count', query: TREE, check: treeComplete },
  {
    name: 'same tree, viewer scoped to TU (rows checked against the scope)',
    query: TREE,
    check: treeComplete,
    scoped: true,
  },
  {
    name: 'people search "nguyen thi tuyen", first 10',
    query: `{ people(search: "nguyen thi tuyen", first: 10) { nodes { id name birthYear } } }`,
    check: (d) => d.people.nodes[0]?.name === 'Nguyễn Thị Tuyến',
  },
  {
    name: 'programme 01-CTr/TU status counts as of 2022-07-13',
    query: `{ programme(code: "01-CTr/TU") { code statusCounts(asOf: "2022-07-13") { status count } } }`,
    check: (d) => d.programme.statusCounts.some((s) => s.status === 'COMPLETED' && s.count === 24),
  },
  {
    name: '500-row page of organisations by code',
    query: `{ organisations(first: 500, orderBy: { field: CODE }) { edges { cursor node { id code name kind } }
      pageInfo { hasNextPage endCursor } } }`,
    check: (d) => d.organisations.edges.length === 500,
  },
];

/** Waits until requests autocannon left in flight have finished (no statement for 300 ms). */
async function settled(count: () => number): Promise<void> {
  for (let last = -1; last !== count(); ) {
    last = count();
    await new Promise((r) => setTimeout(r, 300));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function ask(
  platform: Platform,
  query: string,
  authorization: string,
): Promise<{ data: Answer; errors?: unknown[] }> {
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: Answer; errors?: unknown[] };
}

async function measure(
  platform: Platform,
  op: (typeof OPERATIONS)[number],
  authorization: string,
  connections: number,
  seconds: number,
): Promise<Omit<GatewayBenchRow, 'statementsPerRequest'>> {
  const latencies: number[] = [];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${platform.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: op.query }),
        connections,
        duration: seconds,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  clearInterval(sampler);
  const requests = result.requests.total;
  latencies.sort((a, b) => a - b);
  return {
    operation: op.name,
    connections,
    requests,
    errors: result.errors + result.non2xx,
    requestsPerSecond: requests / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    peakRssMb: peakRss / 2 ** 20,
  };
}

/**
 * `npm run bench -- --only gateway`: starts the platform (HTTP, Apollo, the real context factory)
 * in this process against a scale-1 world and loads it with autocannon, one operation at a time,
 * at 1 and 16 connections. RSS is the whole process: server and load generator together.
 */
export async function benchGateway(
  options: { seconds?: number; connections?: number[] } = {},
): Promise<{ markdown: string; rows: GatewayBenchRow[] }> {
  const seconds = options.seconds ?? 10;
  const loadAtStart = os.loadavg()[0] ?? 0;
  return withBenchPlatform('gateway', async (platform) => {
    let statements = 0;
    // A key's lookup happens once per cache period, not per request.
    platform.orm.em.getKnex().on('query', (q: { sql: string }) => {
      if (!q.sql.includes('api_key')) statements += 1;
    });
    const rows: GatewayBenchRow[] = [];
    const admin = await benchCredential(platform.orm, 'admin', '*');
    const scoped = await benchCredential(platform.orm, 'viewer', 'TU');
    for (const op of OPERATIONS) {
      const authorization = op.scoped ? scoped : admin;
      const reply = await ask(platform, op.query, authorization);
      if (reply.errors || !op.check(reply.data))
        throw new Error(`${op.name}: unexpected answer ${JSON.stringify(reply).slice(0, 500)}`);
      // Statements per request from sequential requests, so none is cut off at the end of a timed run.
      const before = statements;
      for (let i = 0; i < WARM_UP; i++) await ask(platform, op.query, authorization);
      const statementsPerRequest = (statements - before) / WARM_UP;
      for (const connections of options.connections ?? [1, 16]) {
        log(`${op.name} × ${connections} connection(s), ${seconds} s`);
        rows.push({ ...(await measure(platform, op, authorization, connections, seconds)), statementsPerRequest });
        await settled(() => statements);
      }
    }
    return { markdown: markdown(rows, seconds, loadAtStart), rows };
  });
}

function markdown(rows: GatewayBenchRow[], seconds: number, loadAtStart: number): string {
  const f = (n: number, d = 1) => n.toFixed(d);
  return [
    '## GraphQL gateway (scale-1 world, autocannon, POST /graphql)',
    '',
    `Each operation for ${seconds} s per connection count, after ${WARM_UP} sequential warm-up requests (statements per`,
    "request are counted on those, at the ORM's knex client); RSS is the whole bench process: server, autocannon and",
    'the in-process DuckDB analytics replica.',
    `Node ${process.version}, Node flags ${[...process.execArgv.filter((a) => !/tsx|^--(import|require)$/.test(a)), process.env.NODE_OPTIONS ?? ''].join(' ').trim() || 'none'}; 1-minute load average ${loadAtStart.toFixed(1)} at start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end.`,
    '',
    '| operation | conn. | req/s | p50 ms | p95 ms | p99 ms | SQL stmts / req | peak RSS MB | errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.operation} | ${r.connections} | ${f(r.requestsPerSecond)} | ${f(r.p50Ms)} | ${f(r.p95Ms)} | ${f(r.p99Ms)} | ${f(r.statementsPerRequest, 2)} | ${f(r.peakRssMb, 0)} | ${r.errors} |`,
    ),
  ].join('\n');
}
