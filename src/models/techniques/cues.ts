// Cue phrases as word sequences, matched over a token list in one pass (first word → candidate phrases).

export interface CueEntry {
  id: string;
  category: string;
  /** Lower-cased words; "*" matches any one word. */
  words: string[];
  /** A rule: a hit marks this technique on the phrase, the clause from the phrase on, or the whole sentence. */
  emit?: { technique: string; scope: 'phrase' | 'clause' | 'sentence'; score: number };
}

export interface CueHit {
  entry: CueEntry;
  /** Token index of the phrase's first word. */
  at: number;
}

export interface CueIndex {
  /** Category names hit by each token (a phrase hit marks all its tokens); empty arrays share one instance. */
  match(lower: readonly string[]): string[][];
  /** Hits of the entries that are rules (have `emit`). */
  rules(lower: readonly string[]): CueHit[];
  /** The entry that marked a category on a token, for explanations: "phrase" (entry id). */
  describe(lower: readonly string[], at: number, category: string): string | null;
}

const NONE: string[] = [];

export function createCueIndex(entries: readonly CueEntry[]): CueIndex {
  const byFirst = new Map<string, CueEntry[]>();
  // The rules alone, by first word: rules() looks up every token, and most first words start no rule.
  const rulesByFirst = new Map<string, CueEntry[]>();
  for (const e of entries) {
    if (!e.words.length || e.words[0] === '*') continue;
    for (const map of e.emit ? [byFirst, rulesByFirst] : [byFirst]) {
      const list = map.get(e.words[0]) ?? [];
      list.push(e);
      map.set(e.words[0], list);
    }
  }
  const matches = (lower: readonly string[], i: number, e: CueEntry): boolean => {
    if (i + e.words.length > lower.length) return false;
    for (let k = 1; k < e.words.length; k++) if (e.words[k] !== '*' && e.words[k] !== lower[i + k]) return false;
    return true;
  };
  return {
    match(lower) {
      const out: string[][] = new Array<string[]>(lower.length).fill(NONE);
      for (let i = 0; i < lower.length; i++) {
        const candidates = byFirst.get(lower[i]);
        if (!candidates) continue;
        for (const e of candidates) {
          if (!matches(lower, i, e)) continue;
          for (let k = 0; k < e.words.length; k++) {
            const cell = out[i + k];
            if (cell.includes(e.category)) continue;
            out[i + k] = cell === NONE ? [e.category] : [...cell, e.category];
          }
        }
      }
      return out;
    },
    rules(lower) {
      const out: CueHit[] = [];
      for (let i = 0; i < lower.length; i++) {
        const candidates = rulesByFirst.get(lower[i]);
        if (candidates) for (const e of candidates) if (matches(lower, i, e)) out.push({ entry: e, at: i });
      }
      return out;
    },
    describe(lower, at, category) {
      for (let i = Math.max(0, at - 6); i <= at; i++) {
        for (const e of byFirst.get(lower[i]) ?? []) {
          if (e.category === category && i + e.words.length > at && matches(lower, i, e)) return `"${lower.slice(i, i + e.words.length).join(' ')}" (${e.id})`;
        }
      }
      return null;
    },
  };
}
