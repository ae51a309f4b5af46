// How the server searches a store: answers kept per store generation (search-cache.ts) in front, and for a SQLite
// file, reader threads (search-pool.ts) behind, started with the server for a large store, else the first time a
// search on the main thread is slow enough to hold up other requests (a small corpus never needs them). PostgreSQL
// searches are already off the event loop.
import { searchView, type SearchQuery } from '../corpus/views/index.js';
import { expandQuery } from '../corpus/views/expand.js';
import type { Store } from '../store/index.js';
import { DEFAULT_CACHE_LIMITS, SearchCache, type SearchCacheLimits } from './search-cache.js';
import { storeGeneration, type Generation } from './search-generation.js';
import { DEFAULT_SEARCH_LIMITS, SearchPool, type SearchPoolLimits, type SearchResult } from './search-pool.js';

/** Stores from this many documents start their reader threads with the server (Searcher.prepare). */
export const THREADS_FROM_DOCS = 10_000;

export interface SearcherOptions {
  /** Reader threads (default DEFAULT_SEARCH_THREADS, search-pool.ts); 0: the main thread only. */
  threads?: number;
  /** Threads start after a main-thread search took this long (ms); 0 starts them at the first search. */
  threadsAfterMs?: number;
  pool?: Partial<SearchPoolLimits>;
  cache?: Partial<SearchCacheLimits>;
  log?: (line: string) => void;
}

export class Searcher {
  readonly cache: SearchCache;
  /**
   * Corpus views' answers (the narratives list, claim clusters), kept per generation as searches are: each costs
   * 5–9 ms of CPU at 100,000 documents and is the same for every request until the store changes; under 50
   * connections on two cores those views took more of the server's CPU than the searches.
   */
  readonly views: SearchCache;
  readonly pool: SearchPool | null;
  private readonly generation: Generation;
  private readonly threadsAfterMs: number;
  private threaded = false;

  constructor(
    private readonly store: Store,
    options: SearcherOptions = {},
  ) {
    this.cache = new SearchCache({ ...DEFAULT_CACHE_LIMITS, ...options.cache });
    this.views = new SearchCache({ maxEntries: 500, maxChars: 16 * 1024 * 1024 });
    this.generation = storeGeneration(store);
    this.threadsAfterMs = options.threadsAfterMs ?? 50;
    const file = store.engine === 'sqlite' && store.location !== ':memory:';
    this.pool = file && options.threads !== 0 ? new SearchPool(store.location, (q) => searchView(store, q), options.threads, { ...DEFAULT_SEARCH_LIMITS, ...options.pool }, options.log) : null;
    this.threaded = !!this.pool && this.threadsAfterMs === 0;
  }

  /**
   * Starts the reader threads at once when the store is large enough for its searches to block (from
   * THREADS_FROM_DOCS documents), so that they are ready before the first searches arrive.
   */
  async prepare(): Promise<void> {
    if (!this.pool || this.threaded) return;
    const docs = (await this.store.get<{ n: number | null }>('SELECT max(id) AS n FROM documents'))?.n ?? 0;
    if (docs < THREADS_FROM_DOCS) return;
    this.useThreads();
    // The gazetteer behind alias expansion (search-pool.ts), loaded while the threads start, not under the first search.
    expandQuery('warm');
  }

  /** Searches go to the reader threads from now on (answered on the main thread until one is ready). */
  useThreads(): void {
    if (!this.pool) return;
    this.threaded = true;
    this.pool.start();
  }

  /** One search, in a reader thread where there are some; `waiters`: the requests waiting on it (search-pool.ts). */
  async search(query: SearchQuery, waiters?: () => number): Promise<SearchResult> {
    if (this.pool && this.threaded) return this.pool.search(query, waiters);
    const t = performance.now();
    const result = await searchView(this.store, query);
    if (this.pool && performance.now() - t >= this.threadsAfterMs) this.threaded = true;
    return result;
  }

  /** The response body for `key`: kept from an identical request at this generation of the store, or computed. */
  answer(key: string, compute: (waiters: () => number) => Promise<string>): Promise<string> {
    return this.cache.answer(key, () => this.generation.read(), compute);
  }

  /** A view's response body for `key` (its route and parameters): kept at this generation of the store, or computed. */
  view(key: string, compute: () => Promise<string>): Promise<string> {
    return this.views.answer(key, () => this.generation.read(), compute);
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.generation.close();
  }
}
