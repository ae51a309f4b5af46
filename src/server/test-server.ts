// Test helper: the five-language test corpus in a fresh store, served on 127.0.0.1 on a free port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFixtureCorpus } from '../corpus/test-helpers.js';
import type { Store } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';
import type { ServerDeps } from './context.js';
import { listen, type RunningServer } from './server.js';

export const TEST_TOKEN = 'test-token-5b1f0c';

export interface TestServer extends RunningServer {
  store: Store;
  deps: ServerDeps;
  dir: string;
  logged: string[];
  stop(): Promise<void>;
}

export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-server-'));
  const store = await storeFixtureCorpus(join(dir, 'corpus.db'));
  const logged: string[] = [];
  const { app, deps } = createApp({ store, token: TEST_TOKEN, webRoot: null, log: (l) => logged.push(l), ...options });
  const server = await listen(app, '127.0.0.1', 0);
  return {
    ...server,
    store,
    deps,
    dir,
    logged,
    async stop() {
      await server.close();
      await deps.jobs?.close();
      await deps.analysis.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
