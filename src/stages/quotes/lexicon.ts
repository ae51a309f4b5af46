import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
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

/** One compiled lexicon: a single regex over every form, and the entry of each form (lower case). */
export interface CueLexicon {
  pattern: RegExp;
  byForm: Map<string, CueEntry>;
}

const FILE = new URL('./data/cue-verbs.yml', import.meta.url);
const KINDS = new Set<CueKind>(['verb', 'prep', 'noun']);

/** Loads and validates the cue lexicon (once per stage creation). */
export function loadCueEntries(): CueEntry[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(FILE, 'utf8'));
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: (error as Error).message }, { cause: error });
  }
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
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(formPattern);
  // Whole words only; Arabic "ل" is a prefix of the next word, so it needs no boundary after it.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|') || '(?!)'})`, 'giu');
  return { pattern, byForm };
}

function formPattern(form: string): string {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+');
  return form.endsWith('ل') ? escaped : `${escaped}(?![\\p{L}\\p{N}])`;
}

/** The entry for a matched surface form. */
export function entryFor(lexicon: CueLexicon, surface: string): CueEntry | undefined {
  return lexicon.byForm.get(surface.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")) ?? lexicon.byForm.get(surface.toLowerCase().replace(/\s+/g, ' '));
}
