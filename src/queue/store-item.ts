// Stores one analysed item from a job: exactly once, whatever runs beside it. The `sources` key is checked inside
// the write's transaction (CorpusWriter), the document identity is unique, and session locks on the item's MinHash
// bands make two workers that store near-copies at the same moment take turns — so the second sees the first and
// joins its group, as a single-process run would.
import type { Outcome } from '../corpus/ingest/write.js';
import { CorpusWriter } from '../corpus/ingest/write.js';
import type { PostgresStore } from '../store/postgres/engine.js';

/** Deadlock, serialization failure, unique violation: another worker got there first; trying again sees its work. */
const CONTENDED = new Set(['40P01', '40001', '23505']);
const TRIES = 6;

export class ItemWriter {
  /** One CorpusWriter per job in flight: its caches of entities and clusters are per transaction. */
  private readonly idle: CorpusWriter[] = [];

  constructor(private readonly store: PostgresStore) {}

  async write(outcome: Outcome): Promise<'stored' | 'duplicate' | 'seen' | 'failed'> {
    const writer = this.idle.pop() ?? new CorpusWriter(this.store);
    try {
      const keys = 'record' in outcome ? lockKeys(outcome) : [];
      return await this.store.withLocks(keys, async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            const r = await writer.write([outcome]);
            return r.stored ? 'stored' : r.duplicates ? 'duplicate' : r.seen ? 'seen' : 'failed';
          } catch (error) {
            const code = (error as { code?: string }).code ?? '';
            if (!CONTENDED.has(code) || attempt >= TRIES) throw error;
            await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
          }
        }
      });
    } finally {
      this.idle.push(writer);
    }
  }
}

/** Doc bands as even keys, claim bands as odd ones: one key space, no clash between the two. */
function lockKeys(outcome: Outcome): number[] {
  if (!('record' in outcome)) return [];
  const r = outcome.record;
  return [...r.print.bands.map((b) => b * 2), ...r.claims.flatMap((c) => c.bands.map((b) => b * 2 + 1))];
}
