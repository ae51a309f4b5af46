// Loads and validates data/predicates.yml once: predicate id → stems per language, folded like the gazetteer.
import { readYamlData } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import { wordKey } from '../../knowledge/gazetteer/index.js';

export interface Predicate {
  id: string;
  /** Folded stems, each one word or several ("set up" is two). */
  stems: string[][];
}

const FILE = new URL('./data/predicates.yml', import.meta.url);
let cached: Predicate[] | null = null;

export function loadPredicates(url: URL = FILE): Predicate[] {
  if (url === FILE && cached) return cached;
  const fail = (detail: string): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail });
  };
  const raw = readYamlData(url) as unknown;
  if (!Array.isArray(raw)) return fail('expected a list of predicates');
  const out = raw.map((value: unknown): Predicate => {
    const e = (value ?? {}) as Record<string, unknown>;
    const id = typeof e.id === 'string' ? e.id : fail('a predicate lacks its id');
    if (typeof e.source !== 'string' || typeof e.note !== 'string') fail(`predicate "${id}" needs source and note`);
    const stems = e.stems as Record<string, unknown> | undefined;
    if (!stems || typeof stems !== 'object') return fail(`predicate "${id}" needs stems by language`);
    const all: string[][] = [];
    for (const [lang, list] of Object.entries(stems)) {
      if (!Array.isArray(list)) fail(`predicate "${id}": stems.${lang} must be a list`);
      for (const stem of list as unknown[]) {
        if (typeof stem !== 'string' || stem.length < 2) fail(`predicate "${id}": stem ${JSON.stringify(stem)} in ${lang} is too short`);
        all.push(String(stem).split(/\s+/).map(wordKey));
      }
    }
    return { id, stems: all };
  });
  if (url === FILE) cached = out;
  return out;
}
