// A browser session over a corpus written by hand (instead of the five-language test corpus of harness.ts): the
// articles analysed by the default pipeline and stored by the real writer, the server on 127.0.0.1 with the web app
// built into a temporary folder, and Chromium. Used by narratives.test.ts and scripts/screenshots.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { storeHandArticles, type HandArticle } from '../../src/corpus/hand-store.js';
import { createApp } from '../../src/server/app.js';
import { listen } from '../../src/server/server.js';
import { TEST_TOKEN } from '../../src/server/test-server.js';
import type { Store } from '../../src/store/index.js';
import { buildWeb } from '../../src/web/build.js';
import { CHROMIUM } from './harness.js';

export interface HandSession {
  url: string;
  store: Store;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startHandSession(articles: HandArticle[], viewport = { width: 1280, height: 800 }): Promise<HandSession> {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-hand-'));
  const web = join(dir, 'web');
  await buildWeb(web);
  const store = await storeHandArticles(join(dir, 'corpus.db'), articles);
  const { app, deps } = createApp({ store, token: TEST_TOKEN, webRoot: web, log: () => {} });
  const server = await listen(app, '127.0.0.1', 0);
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport,
  });
  return {
    url: server.url,
    store,
    context,
    async close() {
      await context.close();
      await server.close();
      await deps.jobs?.idle();
      await deps.analysis.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
