import { readYamlData } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';

interface AbbreviationEntry {
  id: string;
  source: string;
  note?: string;
  words: string[];
}

const FILE = new URL('./data/abbreviations.yml', import.meta.url);
const ORDINAL_FILE = new URL('./data/ordinal-heads.yml', import.meta.url);

/** Loads and validates the abbreviation list (once per process). */
export function loadAbbreviations(): Set<string> {
  return loadWords(FILE);
}

/** Words after a German ordinal in digits ("am 11. September"): the stop before them ends no sentence. */
export function loadOrdinalHeads(): Set<string> {
  return loadWords(ORDINAL_FILE);
}

function loadWords(file: URL): Set<string> {
  let entries: unknown;
  try {
    entries = readYamlData(file);
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail: (error as Error).message }, { cause: error });
  }
  if (!Array.isArray(entries)) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail: 'expected a list' });
  const words = new Set<string>();
  for (const entry of entries as AbbreviationEntry[]) {
    if (!entry.id || !entry.source || !Array.isArray(entry.words)) {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail: `entry ${JSON.stringify(entry.id)} needs id, source and words` });
    }
    entry.words.forEach((w) => words.add(String(w)));
  }
  return words;
}
