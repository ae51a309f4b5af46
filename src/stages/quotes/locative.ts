import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ClaimtrailError } from '../../core/errors.js';

// Prepositions of place that make a place in a source phrase a location, not the speaker: data/locatives.yml.

const FILE = new URL('./data/locatives.yml', import.meta.url);

interface LocativeEntry {
  id: string;
  lang: string;
  forms: string[];
  source: string;
}

let cached: Map<string, Set<string>> | null = null;

/** Prepositions of place by language (lower case). */
export function locatives(): Map<string, Set<string>> {
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = parse(readFileSync(FILE, 'utf8'));
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: (error as Error).message }, { cause: error });
  }
  const out = new Map<string, Set<string>>();
  const ids = new Set<string>();
  for (const value of Array.isArray(raw) ? raw : []) {
    const e = value as LocativeEntry;
    if (!e || typeof e.id !== 'string' || ids.has(e.id) || typeof e.lang !== 'string' || !Array.isArray(e.forms) || typeof e.source !== 'string') {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: `entry ${JSON.stringify(e?.id)} needs a unique id, lang, forms and source` });
    }
    ids.add(e.id);
    const set = out.get(e.lang) ?? new Set<string>();
    for (const f of e.forms) set.add(String(f).toLowerCase());
    out.set(e.lang, set);
  }
  return (cached = out);
}
