// Data files of phrases by language (data/figures.yml, data/epithets.yml): entries with an id, a source, a note and
// `terms: { en: [...], ru: [...] }` in the cue syntax of matcher.ts, read into one matcher per language.
import { ClaimtrailError } from '../../core/errors.js';
import { readKnowledgeFile } from '../../knowledge/yaml.js';
import { addTermsByLanguage, compileMatcher, type Matcher } from './matcher.js';

/** Reports a bad entry of the file being read: throws KNOWLEDGE_INVALID naming it. */
export type Fail = (detail: string) => never;

/**
 * The phrases of `files` (ids unique across them) as a matcher per language; `payloadOf` makes each entry's payload
 * and checks its own fields, calling `fail` for a bad one.
 */
export function loadPhraseMatchers<P>(files: readonly URL[], payloadOf: (entry: Record<string, unknown>, id: string, fail: Fail) => P): Map<string, Matcher<P>> {
  const byLanguage = new Map<string, { phrase: string; payload: P }[]>();
  const ids = new Set<string>();
  for (const file of files) {
    const fail: Fail = (detail) => {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail });
    };
    const raw = readKnowledgeFile(file);
    if (!Array.isArray(raw)) fail('expected a list of entries');
    for (const e of raw as Record<string, unknown>[]) {
      const id = typeof e?.id === 'string' ? e.id : fail('an entry has no id');
      if (ids.has(id)) fail(`entry "${id}" is defined twice`);
      ids.add(id);
      for (const field of ['source', 'note']) if (typeof e[field] !== 'string' || !(e[field] as string).trim()) fail(`entry "${id}" needs "${field}"`);
      addTermsByLanguage(e.terms, id, payloadOf(e, id, fail), byLanguage, fail);
    }
  }
  return new Map([...byLanguage].map(([language, entries]) => [language, compileMatcher(entries)]));
}
