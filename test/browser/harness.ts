// Browser tests: Debian's Chromium driven by playwright-core, against the server on 127.0.0.1 with the web app built
// into a temporary folder. Without /usr/bin/chromium the tests skip and say why (.ci/run installs it).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../src/server/test-server.js';
import { buildWeb } from '../../src/web/build.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SKIP = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does) to run the browser tests`;

export interface Session {
  server: TestServer;
  context: BrowserContext;
  profile: string;
  close(): Promise<void>;
}

export async function startSession(viewport = { width: 1280, height: 800 }): Promise<Session> {
  const web = mkdtempSync(join(tmpdir(), 'claimtrail-web-'));
  await buildWeb(web);
  const server = await startTestServer({ webRoot: web });
  const profile = mkdtempSync(join(tmpdir(), 'claimtrail-chromium-'));
  // A fresh profile folder each run (Playwright passes it to Chromium as --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport,
  });
  return {
    server,
    context,
    profile,
    async close() {
      await context.close();
      await server.stop();
      rmSync(web, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The article this project started from (../shared/fixtures), as the browser tests and screenshots paste it. */
export const SEED = new URL('../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url);

/** Pastes the seed article into the analyse page already open in `page` and waits for its quotes to be drawn. */
export async function analyseSeed(page: Page): Promise<void> {
  await page.fill('#paste', readFileSync(SEED, 'utf8'));
  await page.click('#analyse');
  await page.waitForSelector('.article .text .quote');
}

/** Every request the page makes must go to our server; a page error or a dialog is a failure. */
export function watch(page: Page, origin: string): { foreign: string[]; dialogs: string[]; errors: string[] } {
  const seen = { foreign: [] as string[], dialogs: [] as string[], errors: [] as string[] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && url !== 'about:blank') seen.foreign.push(url);
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

/**
 * Text whose contrast with its background is under WCAG AA (4.5:1): every element with its own text in the page,
 * its colour against the first opaque background up its ancestors. Returns "text (ratio)" for each offender.
 */
export function lowContrast(page: Page): Promise<string[]> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  return page.evaluate(CONTRAST_SCRIPT) as Promise<string[]>;
}

const CONTRAST_SCRIPT = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const lum = (c) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!(el instanceof HTMLElement) || !el.offsetParent) continue;
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    const a = lum(rgb(getComputedStyle(el).color));
    const b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) out.push(el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 30) + '" (' + ratio.toFixed(2) + ')');
  }
  return out;
})()`;
