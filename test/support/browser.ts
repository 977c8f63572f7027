import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`; scripts/ensure-system-packages.mjs does it before `npm test`). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Screenshots and other files a browser test leaves for a reader: test-artifacts/ (not committed). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

export interface BlockedPage {
  page: Page;
  /** Every request the page tried to send to another host than 127.0.0.1 (each was aborted). */
  blocked: string[];
  /** Uncaught page errors and console errors, to show when an assertion fails. */
  errors: string[];
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}

/**
 * A page that may reach 127.0.0.1 only: any other request is aborted and listed, as on a machine with no
 * internet, so a page that needs a CDN fails its test.
 */
export async function offlinePage(browser: Browser, viewport = { width: 1400, height: 900 }): Promise<BlockedPage> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.toString());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, blocked, errors };
}

/** Saves a full-page screenshot as test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
