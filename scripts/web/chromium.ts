import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (driven by playwright-core for the browser tests and the bench); `.ci/run` installs it when missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests and the dashboard bench cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH`;
}

/** Screenshots of each page at 1366×768, kept for a person to look at (git-ignored). */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

export interface HeadlessBrowser {
  context: BrowserContext;
  /** Every request a page tried to send beyond loopback (all refused). */
  offLoopback: string[];
  page(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile and the network cut to loopback: anything else a page
 * asks for is refused and recorded, so a test can say nothing came from a CDN.
 */
export async function launchBrowser(viewport = { width: 1366, height: 768 }): Promise<HeadlessBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'cg-chromium-'));
  // A persistent context is Playwright's way to give Chromium its own --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Date fields and number formats the way a Vietnamese browser shows them.
      '--lang=vi-VN',
    ],
  });
  const offLoopback: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname)) return route.continue();
    offLoopback.push(url.href);
    return route.abort('internetdisconnected');
  });
  return {
    context,
    offLoopback,
    page: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
