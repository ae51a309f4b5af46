// Function words by language (data/grammar.yml), merged with English for the document's language.
import { ClaimtrailError } from '../../core/errors.js';
import { readYamlData } from '../../knowledge/yaml.js';
import { wordsOf } from './words.js';

const SETS = ['prepositions', 'determiners', 'be', 'subjectPronouns', 'possessives', 'relatives', 'negations', 'labelFillers'] as const;
const PHRASES = ['agentMarkers', 'conjunctions'] as const;

export type Grammar = Record<(typeof SETS)[number], Set<string>> & Record<(typeof PHRASES)[number], string[][]>;

export const GRAMMAR_FILE = new URL('./data/grammar.yml', import.meta.url);

/** Loads grammar.yml: one entry per language with every word list (possibly empty). */
export function loadGrammar(url: URL = GRAMMAR_FILE): Map<string, Grammar> {
  const fail = (detail: string, cause?: unknown): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail }, { cause });
  };
  let raw: unknown;
  try {
    raw = readYamlData(url);
  } catch (error) {
    return fail((error as Error).message, error);
  }
  if (!Array.isArray(raw)) return fail('expected a list of languages');
  const out = new Map<string, Grammar>();
  for (const value of raw as unknown[]) {
    const e = (value ?? {}) as Record<string, unknown>;
    const id = String(e.id ?? '');
    if (!/^[a-z]{2}$/.test(id) || typeof e.source !== 'string' || typeof e.note !== 'string') fail(`entry ${JSON.stringify(id)} needs an ISO 639-1 id, source and note`);
    const list = (key: string): string[] => {
      if (!Array.isArray(e[key])) fail(`language "${id}": ${key} must be a list`);
      return (e[key] as unknown[]).map(String);
    };
    const grammar = {} as Grammar;
    for (const key of SETS) grammar[key] = new Set(list(key).map((w) => wordsOf(w).join(' ')));
    for (const key of PHRASES) grammar[key] = list(key).map(wordsOf).filter((w) => w.length);
    out.set(id, grammar);
  }
  if (!out.has('en')) fail('needs an "en" entry (merged into every language)');
  return out;
}

/** The grammar of `language` merged with English; English alone for an unknown language. */
export function grammarFor(all: Map<string, Grammar>, language: string | null): Grammar {
  const en = all.get('en')!;
  const own = language ? all.get(language) : undefined;
  if (!own || own === en) return en;
  const merged = {} as Grammar;
  for (const key of SETS) merged[key] = new Set([...en[key], ...own[key]]);
  for (const key of PHRASES) merged[key] = [...own[key], ...en[key]];
  return merged;
}
