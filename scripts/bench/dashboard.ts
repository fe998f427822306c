import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../../services/gateway/web.js';
import { browserUnavailable, launchBrowser } from '../web/chromium.js';
import { ensureWebBuild } from '../web/ensure-web-build.js';
import { withBenchPlatform } from './bench-platform.js';

const VIEW = '/?metric=admissions&period=2022-H1';
const WARM_LOADS = 10;
const log = (line: string) => console.error(`bench dashboard: ${line}`);

interface Load {
  firstPaintMs: number;
  firstContentfulPaintMs: number;
  readyMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** The files the dashboard's first view loads (entry script and style, and the lazily loaded charts), raw and gzipped. */
async function bundleSizes(): Promise<{ file: string; bytes: number; gzip: number }[]> {
  const html = await readFile(path.join(WEB_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] as string);
  const charts = (await readdir(path.join(WEB_DIST, 'assets'))).filter((f) => f.startsWith('charts-'));
  const out = [];
  for (const file of [...files, ...charts.map((f) => `assets/${f}`)]) {
    const body = await readFile(path.join(WEB_DIST, file));
    out.push({ file, bytes: (await stat(path.join(WEB_DIST, file))).size, gzip: gzipSync(body).length });
  }
  return out;
}

/**
 * `npm run bench -- --only dashboard`: the platform on the scale-1 world, the dashboard opened in
 * headless Chromium (loopback only) at 1366×768 for admissions in 2022-H1: first paint, first
 * contentful paint, and the moment every number of the view is on screen (the page's own
 * `dashboard-ready` mark), once with an empty cache and then warm.
 */
export async function benchDashboard(): Promise<{ markdown: string }> {
  const unavailable = browserUnavailable();
  if (unavailable) return { markdown: `## Dashboard in the browser\n\nSkipped: ${unavailable}.` };
  await ensureWebBuild({ log });
  const loadAtStart = os.loadavg()[0] ?? 0;
  return withBenchPlatform('dashboard', async (platform) => {
    const browser = await launchBrowser();
    try {
      const load = async (): Promise<Load> => {
        const page = await browser.page();
        await page.goto(`${platform.url}${VIEW}`);
        await page.waitForSelector('body[data-state=ready]');
        // No named functions inside: tsx would wrap them in a helper the page does not have.
        const [firstPaintMs, firstContentfulPaintMs, readyMs] = await page.evaluate(
          (names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN),
          ['first-paint', 'first-contentful-paint', 'dashboard-ready'],
        );
        const timing = { firstPaintMs, firstContentfulPaintMs, readyMs } as Load;
        await page.close();
        return timing;
      };
      const cold = await load();
      const warm: Load[] = [];
      for (let i = 0; i < WARM_LOADS; i++) warm.push(await load());
      const sizes = await bundleSizes();
      const ms = (n: number) => n.toFixed(0);
      const row = (label: string, pick: (l: Load) => number) =>
        `| ${label} | ${ms(pick(cold))} | ${ms(median(warm.map(pick)))} | ${ms(Math.max(...warm.map(pick)))} |`;
      return {
        markdown: [
          `## Dashboard in the browser (scale 1, headless Chromium, 1366×768, loopback; load average ${loadAtStart.toFixed(1)} at start)`,
          '',
          `| measure (ms from navigation) | empty cache | warm, median of ${WARM_LOADS} | warm, worst |`,
          '|---|---|---|---|',
          row('first paint', (l) => l.firstPaintMs),
          row('first contentful paint (target 1500)', (l) => l.firstContentfulPaintMs),
          row('every number of the view on screen', (l) => l.readyMs),
          '',
          '| file | bytes | gzip |',
          '|---|---|---|',
          ...sizes.map((s) => `| ${s.file.replace(/-[\w-]{8}\./, '.')} | ${s.bytes} | ${s.gzip} |`),
        ].join('\n'),
      };
    } finally {
      await browser.close();
    }
  });
}
