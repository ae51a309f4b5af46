// Function words per language (data/stopwords.yml): words that give no interlingual key.
import { readYamlData } from '../yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import { wordKey } from '../gazetteer/index.js';

const FILE = new URL('./data/stopwords.yml', import.meta.url);
let lists: Map<string, Set<string>> | null = null;

function load(): Map<string, Set<string>> {
  const raw: unknown = readYamlData(FILE);
  if (!Array.isArray(raw)) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: 'expected a list of {id, source, words}' });
  const out = new Map<string, Set<string>>();
  for (const entry of raw as Record<string, unknown>[]) {
    if (typeof entry?.id !== 'string' || typeof entry.source !== 'string' || typeof entry.words !== 'string') {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: `entry "${String(entry?.id)}" needs id, source and words` });
    }
    out.set(entry.id, new Set(entry.words.split(/\s+/).filter(Boolean).map((w) => wordKey(w).replace(/’/g, "'"))));
  }
  return out;
}

/** Whether a lower-cased word is a function word of the language. */
export function isStopWord(word: string, language: string): boolean {
  lists ??= load();
  return lists.get(language)?.has(wordKey(word).replace(/’/g, "'")) ?? false;
}
