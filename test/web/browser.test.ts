/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser: the DOM types above are theirs.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, type HeadlessBrowser, launchBrowser, SCREENSHOTS } from '../../scripts/web/chromium.js';
import { ensureWebBuild } from '../../scripts/web/ensure-web-build.js';
import { loadConfig } from '../../services/config.js';
import { type Platform, startPlatform } from '../../services/gateway/platform.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { figure } from '../support/facts.js';
import { startGateway } from '../support/gateway.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

const H1_2022 = '/?metric=admissions&period=2022-H1';
const number = (text: string | null) => Number(text?.replace(/\./g, ''));

describe.skipIf(unavailable)(
  'the dashboard and GraphiQL in headless Chromium, network cut to loopback (scale 1)',
  () => {
    let db: TestDatabase;
    let dataDir: string;
    let platform: Platform;
    let browser: HeadlessBrowser;
    /** The admin key the first start wrote, as a user pastes it or follows a link carrying it. */
    let key: string;

    beforeAll(async () => {
      await ensureWebBuild();
      await mkdir(SCREENSHOTS, { recursive: true });
      db = await createTestDatabase({ scale: 1 });
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'cg-browser-'));
      // The composition root itself, as npm start runs it, on a copy of the scale-1 world.
      platform = await startPlatform(
        loadConfig({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_URL: db.url,
          DATA_DIR: dataDir,
          PORT: '0',
          SEED_WHEN_EMPTY: 'false',
          ANALYTICS_SYNC_INTERVAL_MS: '0',
          GRAPHQL_INTROSPECTION: 'true',
        }),
      );
      key = readFileSync(platform.adminKeyFile as string, 'utf8').trim();
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
      await db?.drop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    /** What the API itself answers, to hold the page against. */
    async function api<T>(query: string): Promise<T> {
      const res = await platform.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${key}` },
        payload: { query },
      });
      return res.json().data as T;
    }

    /** Opens a page as a link that carries the key would (`#key=`, read once and kept for the tab). */
    async function open(url: string, base = platform.url): Promise<Page> {
      const page = await browser.page();
      await page.goto(`${base}${url}#key=${key}`);
      await page.waitForSelector('body[data-state=ready]');
      return page;
    }

    const card = (page: Page, id: string) => page.locator(`[data-card=${id}] .value`).textContent();
    const shot = (page: Page, name: string, fullPage = false) =>
      page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });

    it('shows admissions in 2022-H1 against the same period: 5.030 and 107,3%', async () => {
      const page = await open(H1_2022);
      expect(await card(page, 'value')).toBe('5.030');
      expect(number(await card(page, 'value'))).toBe(figure('admissions').value);
      expect(await card(page, 'percent')).toBe('107,3%');
      expect(await card(page, 'base')).toBe('4.688');
      expect(await page.locator('#view-title').textContent()).toBe(
        'Kết nạp đảng viên — 6 tháng đầu năm 2022 — Thành ủy Hà Nội',
      );
      expect(await page.locator('#metric').inputValue()).toBe('admissions');
      expect(await page.locator('#period-kind').inputValue()).toBe('H1');
      expect(await page.locator('#period-year').inputValue()).toBe('2022');
      // Both charts are drawn.
      await page.waitForSelector('#bars svg');
      await page.waitForSelector('#series svg');
      await shot(page, 'dashboard-admissions-2022-H1');
      await shot(page, 'dashboard-admissions-2022-H1-full', true);
      await page.close();
    });

    it('ranks the districts in rows that add up to the headline', async () => {
      const page = await open(H1_2022);
      const rows = await page
        .locator('#rows tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-value'))));
      const total = Number(await page.locator('#rows tfoot tr').getAttribute('data-value'));
      expect(rows.length).toBe(31);
      expect(rows.reduce((s, v) => s + v, 0)).toBe(total);
      expect(total).toBe(figure('admissions').value);
      expect(await page.locator('#rows tbody tr').first().locator('td').first().textContent()).toBe('1');
      await page.close();
    });

    it('changing the period asks the API again, shows its answer and puts it in the address; Back returns', async () => {
      const page = await open(H1_2022);
      const asked: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/graphql') asked.push(r.url());
      });
      await page.selectOption('#period-kind', '9M');
      await page.waitForSelector('body[data-state=ready]');
      expect(new URL(page.url()).searchParams.get('period')).toBe('2022-01..2022-09');
      expect(asked.length).toBeGreaterThan(0);
      const { compare } = await api<{ compare: { valueText: string; percentOfBaseText: string } }>(
        '{ compare(metric: "admissions", period: "2022-01..2022-09") { valueText percentOfBaseText } }',
      );
      expect(await card(page, 'value')).toBe(compare.valueText);
      expect(await card(page, 'percent')).toBe(compare.percentOfBaseText);
      expect(await page.locator('#view-title').textContent()).toContain('9 tháng đầu năm 2022');
      await shot(page, 'dashboard-admissions-2022-9M');
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('[data-card=value] .value')?.textContent === '5.030');
      expect(new URL(page.url()).searchParams.get('period')).toBe('2022-H1');
      expect(await page.locator('#period-kind').inputValue()).toBe('H1');
      await page.close();
    });

    it('a bookmarked view opens as it was: metric, period, baseline and scope', async () => {
      const page = await open('/?metric=inspected_orgs&period=2022-Q2&baseline=PREVIOUS_PERIOD&scope=TU');
      const { compare } = await api<{ compare: { valueText: string; basePeriod: { label: string } } }>(
        '{ compare(metric: "inspected_orgs", period: "2022-Q2", baseline: PREVIOUS_PERIOD) { valueText basePeriod { label } } }',
      );
      expect(await card(page, 'value')).toBe(compare.valueText);
      expect(await page.locator('[data-card=base] .note').textContent()).toContain(compare.basePeriod.label);
      expect(await page.locator('#baseline').inputValue()).toBe('PREVIOUS_PERIOD');
      expect(await page.locator('#period-kind').inputValue()).toBe('Q');
      expect(await page.locator('#period-quarter').inputValue()).toBe('2');
      await page.close();
    });

    it('narrows the scope with the keyboard: search without accents, arrow down, Enter', async () => {
      const page = await open(H1_2022);
      await page.locator('#scope-search').fill('');
      await page.locator('#scope-search').pressSequentially('quan uy dong da');
      const option = page.locator('#scope-options [role=option]').first();
      await option.waitFor();
      const name = (await option.textContent())?.split(' — ')[0];
      expect(name).toBe('Quận ủy Đống Đa');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URL(location.href).searchParams.has('scope'));
      await page.waitForSelector('body[data-state=ready]');
      expect(await page.locator('#view-title').textContent()).toContain('Quận ủy Đống Đa');
      const rows = await page
        .locator('#rows tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-value'))));
      const total = Number(await page.locator('#rows tfoot tr').getAttribute('data-value'));
      expect(rows.reduce((s, v) => s + v, 0)).toBe(total);
      const { organisation } = await api<{ organisation: { metric: { value: number } } }>(
        `{ organisation(code: "${new URL(page.url()).searchParams.get('scope')}") { metric(id: "admissions", period: "2022-H1") { value } } }`,
      );
      expect(total).toBe(organisation.metric.value);
      await shot(page, 'dashboard-scope-dong-da');
      await page.close();
    });

    it('reads a key from #key= once, removes it from the address, keeps it for the tab and sends it as a bearer token', async () => {
      const page = await browser.page();
      const sent: (string | undefined)[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/graphql') sent.push(r.headers().authorization);
      });
      await page.goto(`${platform.url}${H1_2022}#key=${key}&tab=2`);
      await page.waitForSelector('body[data-state=ready]');
      expect(new URL(page.url()).hash).toBe('#tab=2');
      expect(await page.evaluate(() => sessionStorage.getItem('civicgraph.credential'))).toBe(key);
      expect(sent.length).toBeGreaterThan(0);
      expect(new Set(sent)).toEqual(new Set([`Bearer ${key}`]));
      // Another tab does not have it: the API refuses it, and the page asks for a key.
      const other = await browser.page();
      await other.goto(`${platform.url}${H1_2022}`);
      await other.waitForSelector('body[data-state=error]');
      expect(await other.evaluate(() => sessionStorage.getItem('civicgraph.credential'))).toBeNull();
      expect(await other.evaluate(() => document.activeElement?.id)).toBe('credential-input');
      await shot(other, 'dashboard-asks-for-a-key');
      await other.close();
      await page.close();
    });

    it('is readable on a tablet: nothing wider than the screen', async () => {
      const page = await browser.page();
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.goto(`${platform.url}${H1_2022}#key=${key}`);
      await page.waitForSelector('body[data-state=ready]');
      await page.waitForSelector('#series svg');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'dashboard-tablet-820');
      await page.close();
    });

    it('downloads the view as an XLSX workbook that holds the headline figure', async () => {
      const page = await open(H1_2022);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.click('#download button[data-format=XLSX]'),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const cells = workbook.worksheets.flatMap((sheet) =>
        sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])),
      );
      expect(cells).toContain(figure('admissions').value);
      await page.close();
    });

    async function runInGraphiQL(page: Page): Promise<string> {
      await page.locator('.graphiql-execute-button').waitFor();
      // The editor is ready once the example query is in it.
      await page.waitForFunction(() =>
        document.querySelector('.graphiql-query-editor')?.textContent?.includes('ReviewH1_2022'),
      );
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(() =>
        document.querySelector('.result-window')?.textContent?.includes('percentOfBaseText'),
      );
      return (await page.locator('.result-window').textContent()) ?? '';
    }

    it('GraphiQL loads at /graphql with nothing from outside and runs the review query', async () => {
      const page = await browser.page();
      await page.goto(`${platform.url}/graphql#key=${key}`);
      const result = await runInGraphiQL(page);
      expect(result).toContain('"5.030"');
      expect(result).toContain('"107,3%"');
      await page.waitForSelector('body[data-introspection=true]');
      // The explorer plugin opens beside the editor.
      await page.locator('button[aria-label="Show GraphiQL Explorer"]').click();
      await page.locator('.graphiql-plugin').waitFor();
      await shot(page, 'graphiql');
      await page.close();
    });

    it('GraphiQL still runs queries when introspection is off, and says what docs need', async () => {
      // The same gateway as npm start serves, over the same database and replica, introspection off.
      const closed = await startGateway(db.url, {
        env: { GRAPHQL_INTROSPECTION: 'false' },
        analytics: platform.analytics,
      });
      const url = await closed.listen();
      try {
        const page = await browser.page();
        await page.goto(`${url}/graphiql#key=${key}`);
        await page.waitForSelector('body[data-introspection=false]');
        expect(await page.locator('.notice').textContent()).toContain('GRAPHQL_INTROSPECTION=true');
        expect(await runInGraphiQL(page)).toContain('"5.030"');
        await shot(page, 'graphiql-introspection-off');
        await page.close();
      } finally {
        await closed.close();
      }
    });

    it('no page asked for anything beyond loopback', () => {
      expect(browser.offLoopback).toEqual([]);
    });
  },
);
