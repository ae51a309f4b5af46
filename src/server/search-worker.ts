// A reader thread of the search pool: its own read-only connection to the SQLite file (WAL lets it read while the
// server writes), one search per message, the answer (or the error) posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { searchView, type SearchQuery } from '../corpus/views/index.js';
import { isClaimtrailError } from '../core/errors.js';
import { SqliteStore } from '../store/sqlite/engine.js';

/**
 * Page cache of each thread's connection: the threads read the same file, whose pages the OS keeps once for all of
 * them; at 64 MB (the store's default) four threads grew the server by up to 256 MB under load.
 */
const SEARCH_THREAD_CACHE_MB = 16;

const { path } = workerData as { path: string };
// A store that cannot be opened throws here: the pool hears of it as the thread's error and searches on the main
// thread instead.
const store = SqliteStore.open(path, { readonly: true, mustExist: true, cacheMb: SEARCH_THREAD_CACHE_MB });
// One search before saying ready: its code compiled, its statements prepared and the index's first pages read here,
// not under the first searches of a burst (each thread's first search took several times its later ones).
await searchView(store, { query: 'warm', language: 'en', limit: 1, expand: false }).catch(() => {});
parentPort?.postMessage({ ready: true });

parentPort?.on('message', ({ id, query }: { id: number; query: SearchQuery }) => {
  searchView(store, query).then(
    (result) => parentPort?.postMessage({ id, result }),
    (error: unknown) => {
      const e = error as Error;
      parentPort?.postMessage({ id, error: isClaimtrailError(error) ? { code: error.code, params: error.params } : { message: e.message, stack: e.stack } });
    },
  );
});
