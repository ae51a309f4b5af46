import { readKnowledgeFile } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';

export type CueKind = 'verb' | 'prep' | 'noun';

export interface CueEntry {
  id: string;
  lang: string;
  lemma: string;
  kind: CueKind;
  forms: string[];
  weight?: number;
  addressee?: boolean;
  object?: boolean;
  source: string;
  note?: string;
}

/** A form as words ("according to" → according, to); `prefix`: its last word is written onto the next (Arabic "ل"). */
export interface FormWords {
  words: string[];
  prefix: boolean;
}

/**
 * One compiled lexicon: the forms by their first word (lower case, longest form first), and the entry of each form.
 * Words are looked up rather than matched by one regex of every form: V8 spends 150–750 ms compiling such a
 * case-insensitive Unicode alternation, and compiles it again whenever its code was flushed while unused (a lexicon
 * used only for the odd non-English document), which made it the costliest function of the stages after extraction.
 */
export interface CueLexicon {
  byFirstWord: Map<string, FormWords[]>;
  byForm: Map<string, CueEntry>;
}

const FILE = new URL('./data/cue-verbs.yml', import.meta.url);
const KINDS = new Set<CueKind>(['verb', 'prep', 'noun']);

/** Loads and validates the cue lexicon (once per stage creation). */
export function loadCueEntries(): CueEntry[] {
  const raw = readKnowledgeFile(FILE);
  if (!Array.isArray(raw)) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: 'expected a list' });
  const ids = new Set<string>();
  return raw.map((value: unknown) => {
    const e = value as CueEntry;
    const bad = !e || typeof e.id !== 'string' || typeof e.lang !== 'string' || typeof e.lemma !== 'string' || !KINDS.has(e.kind) || typeof e.source !== 'string';
    if (bad || !Array.isArray(e.forms) || e.forms.length === 0 || ids.has(e.id)) {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: `entry ${JSON.stringify(e?.id)} needs a unique id, lang, lemma, kind (verb|prep|noun), forms and source` });
    }
    ids.add(e.id);
    return { ...e, forms: e.forms.map((f) => String(f).toLowerCase()) };
  });
}

/** Compiles the entries of the given languages (all when `languages` is null) whose weight reaches `minWeight`. */
export function compileLexicon(entries: CueEntry[], languages: Set<string> | null, minWeight: number): CueLexicon {
  const byForm = new Map<string, CueEntry>();
  for (const entry of entries) {
    if (languages && !languages.has(entry.lang)) continue;
    if (entry.weight !== undefined && entry.weight < minWeight) continue;
    for (const form of entry.forms) if (!byForm.has(form)) byForm.set(form, entry);
  }
  const byFirstWord = new Map<string, FormWords[]>();
  for (const form of [...byForm.keys()].sort((x, y) => y.length - x.length)) {
    // Split as the text's words are read: at spaces and hyphens ("a-t-il ajouté" → a, t, il, ajouté).
    const words = form.replace(/’/g, "'").split(/\s+|-/);
    const list = byFirstWord.get(words[0]) ?? [];
    // Arabic "ل" is a prefix of the next word, so it needs no boundary after it.
    list.push({ words, prefix: words.length > 1 && form.endsWith('ل') });
    byFirstWord.set(words[0], list);
  }
  return { byFirstWord, byForm };
}

/** The entry for a matched surface form. */
export function entryFor(lexicon: CueLexicon, surface: string): CueEntry | undefined {
  return lexicon.byForm.get(surface.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")) ?? lexicon.byForm.get(surface.toLowerCase().replace(/\s+/g, ' '));
}
