// Word rates learned on PolNeAR train: of a word's occurrences, the share annotated as (part of) a Cue, and as a
// Source. They let the tagger generalise from "said" to cue words it has seen only a few times.

export interface WordRate {
  /** Share of occurrences inside a Cue span. */
  cue: number;
  /** Share of occurrences inside a Source span. */
  source: number;
  /** Occurrences counted. */
  n: number;
}

export type Rates = ReadonlyMap<string, WordRate>;

/** Rates are kept for words seen at least this often. */
export const MIN_COUNT = 3;

/** A rate as one of 12 bins: 0–10 by tenths, 11 for a word with no rate. */
export function rateBin(rate: number | undefined): number {
  return rate === undefined ? 11 : Math.min(10, Math.floor(rate * 10 + 1e-9));
}

/** Counts for learning rates: per word, occurrences, in a Cue, in a Source. */
export class RateCounter {
  private readonly counts = new Map<string, [number, number, number]>();

  add(word: string, role: 'cue' | 'source' | null): void {
    let c = this.counts.get(word);
    if (!c) this.counts.set(word, (c = [0, 0, 0]));
    c[0]++;
    if (role === 'cue') c[1]++;
    else if (role === 'source') c[2]++;
  }

  rates(): Map<string, WordRate> {
    const out = new Map<string, WordRate>();
    for (const [w, [n, cue, source]] of this.counts) if (n >= MIN_COUNT) out.set(w, { cue: cue / n, source: source / n, n });
    return out;
  }
}
