import { wordEntries, type WordEntry } from './word-lists.js';

// Prepositions of place that make a place in a source phrase a location, not the speaker: data/locatives.yml.

const FILE = new URL('./data/locatives.yml', import.meta.url);

interface LocativeEntry extends WordEntry {
  /** Only after one of these nouns ("Residents of Olympia"); any noun when absent. */
  heads?: string[];
}

/** A preposition of place, and the nouns it must follow (null: any). */
export type Locatives = Map<string, Set<string> | null>;

let cached: Map<string, Locatives> | null = null;

/** Prepositions of place by language (lower case). */
export function locatives(): Map<string, Locatives> {
  if (cached) return cached;
  const out = new Map<string, Locatives>();
  for (const e of wordEntries<LocativeEntry>(FILE, (e) => e.heads === undefined || Array.isArray(e.heads))) {
    const map: Locatives = out.get(e.lang) ?? new Map();
    const heads = e.heads ? new Set(e.heads.map((h) => String(h).toLowerCase())) : null;
    for (const f of e.forms) map.set(String(f).toLowerCase(), heads);
    out.set(e.lang, map);
  }
  return (cached = out);
}
