// The quotes stage's word lists (data/role-nouns.yml, locatives.yml, fronted-adverbials.yml): entries of id, lang,
// forms and source, plus each list's own fields, checked once when first read.
import { ClaimtrailError } from '../../core/errors.js';
import { readKnowledgeFile } from '../../knowledge/yaml.js';

export interface WordEntry {
  id: string;
  lang: string;
  forms: string[];
  source: string;
}

/**
 * The entries of `file`; one that lacks a unique id, lang, forms or source, or fails `own` (the list's own fields,
 * described by `needs`), is KNOWLEDGE_INVALID naming the file and the entry.
 */
export function wordEntries<E extends WordEntry>(file: URL, own: (e: E) => boolean = () => true, needs = 'a unique id, lang, forms and source'): E[] {
  const raw = readKnowledgeFile(file);
  const ids = new Set<string>();
  const out: E[] = [];
  for (const value of Array.isArray(raw) ? raw : []) {
    const e = value as E;
    if (!e || typeof e.id !== 'string' || ids.has(e.id) || typeof e.lang !== 'string' || !Array.isArray(e.forms) || typeof e.source !== 'string' || !own(e)) {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail: `entry ${JSON.stringify(e?.id)} needs ${needs}` });
    }
    ids.add(e.id);
    out.push(e);
  }
  return out;
}
