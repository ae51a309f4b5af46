import { readKnowledgeFile } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';

// Prepositions of place that make a place in a source phrase a location, not the speaker: data/locatives.yml.

const FILE = new URL('./data/locatives.yml', import.meta.url);

interface LocativeEntry {
  id: string;
  lang: string;
  forms: string[];
  /** Only after one of these nouns ("Residents of Olympia"); any noun when absent. */
  heads?: string[];
  source: string;
}

/** A preposition of place, and the nouns it must follow (null: any). */
export type Locatives = Map<string, Set<string> | null>;

let cached: Map<string, Locatives> | null = null;

/** Prepositions of place by language (lower case). */
export function locatives(): Map<string, Locatives> {
  if (cached) return cached;
  const raw = readKnowledgeFile(FILE);
  const out = new Map<string, Locatives>();
  const ids = new Set<string>();
  for (const value of Array.isArray(raw) ? raw : []) {
    const e = value as LocativeEntry;
    if (!e || typeof e.id !== 'string' || ids.has(e.id) || typeof e.lang !== 'string' || !Array.isArray(e.forms) || typeof e.source !== 'string' || (e.heads !== undefined && !Array.isArray(e.heads))) {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: `entry ${JSON.stringify(e?.id)} needs a unique id, lang, forms and source` });
    }
    ids.add(e.id);
    const map: Locatives = out.get(e.lang) ?? new Map();
    const heads = e.heads ? new Set(e.heads.map((h) => String(h).toLowerCase())) : null;
    for (const f of e.forms) map.set(String(f).toLowerCase(), heads);
    out.set(e.lang, map);
  }
  return (cached = out);
}
