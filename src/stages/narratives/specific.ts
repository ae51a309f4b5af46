// Two narratives of a catalogue met by the same sentence (the Maidan as a Western coup, the West's colour
// revolutions): the sentence carries the one whose own elements it names — the words and actors of that narrative's
// statements that the other's never use ("Maidan", "Kyiv", "2014" against "colour revolution", "NGOs", "Belarus").
// Where one of them shares such an element and the other only words both narratives use ("organised by the West",
// "paid for by Washington"), the other is the neighbour, not a second claim.
import type { SimilarityIndex } from './similar.js';

/** Narrative → every key of its indexed statements (examples, title, description). */
export function narrativeKeys(index: SimilarityIndex, narrativeOf: (pattern: number) => number): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  index.keys.forEach((keys, p) => {
    if (!keys) return;
    const n = narrativeOf(p);
    const set = out.get(n) ?? new Set<string>();
    for (const k of keys) set.add(k);
    out.set(n, set);
  });
  return out;
}

/**
 * Of the narratives matched in one unit (narrative → the keys of the example it met that the unit shares), those to
 * keep: where some of them share a key no other matched narrative's statements have, only those.
 */
export function mostSpecific(shared: ReadonlyMap<number, ReadonlySet<string>>, keys: ReadonlyMap<number, ReadonlySet<string>>): Set<number> {
  const all = new Set(shared.keys());
  if (all.size < 2) return all;
  const specific = new Set<number>();
  for (const [n, set] of shared) {
    for (const k of set) {
      if ([...all].every((o) => o === n || !keys.get(o)?.has(k))) {
        specific.add(n);
        break;
      }
    }
  }
  return specific.size ? specific : all;
}
