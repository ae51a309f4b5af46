// Answers to identical searches, kept while the store is unchanged. Under load most searches repeat (the same words,
// the same filters, the first page), and ranking every match of a common word costs tens of milliseconds of CPU; a
// kept answer costs a map lookup. Each answer is kept with the store's generation (search-generation.ts) read
// before it was computed, and only if the generation was still the same after: a write landing meanwhile keeps it
// out, and any later write makes every kept answer miss. Identical searches in flight at once are computed once.

export interface SearchCacheLimits {
  /** Answers kept, least recently used dropped first. */
  maxEntries: number;
  /** Total size of the kept answers (UTF-16 code units of their JSON), bounding memory. */
  maxChars: number;
}

export const DEFAULT_CACHE_LIMITS: SearchCacheLimits = { maxEntries: 2000, maxChars: 32 * 1024 * 1024 };

interface Entry {
  generation: string;
  json: string;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Requests that waited on an identical search already running. */
  joined: number;
  entries: number;
  chars: number;
}

export class SearchCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<string>>();
  /** Requests waiting on each search in flight (the one that started it and those that joined). */
  private readonly waiting = new Map<string, number>();
  private chars = 0;
  private readonly counts = { hits: 0, misses: 0, joined: 0 };

  constructor(readonly limits: SearchCacheLimits = DEFAULT_CACHE_LIMITS) {}

  /**
   * The answer (as JSON) for `key`: kept if computed at this generation, else computed by `compute` and kept when
   * the store did not change while it ran. Errors are never kept.
   */
  async answer(key: string, generation: () => Promise<string>, compute: (waiters: () => number) => Promise<string>): Promise<string> {
    const before = await generation();
    const kept = this.entries.get(key);
    if (kept && kept.generation === before) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, kept);
      this.counts.hits++;
      return kept.json;
    }
    const flightKey = `${before}\u0000${key}`;
    const running = this.inFlight.get(flightKey);
    if (running) {
      this.counts.joined++;
      this.waiting.set(flightKey, (this.waiting.get(flightKey) ?? 0) + 1);
      return running;
    }
    this.counts.misses++;
    this.waiting.set(flightKey, 1);
    const work = (async () => {
      const json = await compute(() => this.waiting.get(flightKey) ?? 1);
      if ((await generation()) === before) this.keep(key, { generation: before, json });
      return json;
    })();
    this.inFlight.set(flightKey, work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(flightKey);
      this.waiting.delete(flightKey);
    }
  }

  private keep(key: string, entry: Entry): void {
    if (entry.json.length > this.limits.maxChars) return;
    const old = this.entries.get(key);
    if (old) {
      this.chars -= old.json.length;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.chars += entry.json.length;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.chars <= this.limits.maxChars) break;
      this.entries.delete(k);
      this.chars -= e.json.length;
    }
  }

  stats(): CacheStats {
    return { ...this.counts, entries: this.entries.size, chars: this.chars };
  }
}
