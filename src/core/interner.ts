// Words repeat within and across documents: a tokeniser that keeps a value per distinct word (its key, its case)
// looks the word up by its characters in the text, without slicing a new string for every token. A hit returns the
// stored string and value; only a miss slices (once per distinct word). Open addressing over a power-of-two table,
// cleared when full, so memory stays bounded on any input.

/** The hash a caller computes over a word's UTF-16 code units while scanning it: h = step(h, code), from HASH_START. */
export const HASH_START = 0x811c9dc5;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

export interface Interned<V> {
  readonly text: string;
  readonly value: V;
}

export interface Interner<V> {
  /** The entry of text[start, end), whose hash (hashStep over its code units, from HASH_START) is `hash`. */
  get(text: string, start: number, end: number, hash: number): Interned<V>;
  readonly size: number;
}

export function createInterner<V>(make: (word: string) => V, capacity = 1 << 17): Interner<V> {
  const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity)));
  const mask = size - 1;
  // At most half full: probes stay short; then everything is dropped (the words come back as they are met).
  const limit = size >>> 1;
  let slots: Array<Interned<V> | undefined> = new Array<Interned<V> | undefined>(size);
  let hashes = new Int32Array(size);
  let count = 0;
  const same = (word: string, text: string, start: number, end: number): boolean => {
    if (word.length !== end - start) return false;
    for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  };
  return {
    get size() {
      return count;
    },
    get(text, start, end, hash) {
      const h = hash | 0;
      let at = (h ^ (h >>> 15)) & mask;
      for (;;) {
        const entry = slots[at];
        if (entry === undefined) break;
        if (hashes[at] === h && same(entry.text, text, start, end)) return entry;
        at = (at + 1) & mask;
      }
      if (count >= limit) {
        slots = new Array<Interned<V> | undefined>(size);
        hashes = new Int32Array(size);
        count = 0;
        at = (h ^ (h >>> 15)) & mask;
      }
      const word = text.slice(start, end);
      const entry: Interned<V> = { text: word, value: make(word) };
      slots[at] = entry;
      hashes[at] = h;
      count++;
      return entry;
    },
  };
}
