// The stage's knowledge files (data/*.yml): predicate cues, actor classes, topic concepts, stance cues. Loaded and
// validated once; every problem is reported with its file and entry.
import { readYamlData } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import { parsePhrase } from './matcher.js';

export type CueKind = 'predicate' | 'actor' | 'concept' | 'refute' | 'report' | 'endorse' | 'negation' | 'agent-marker' | 'passive' | 'keyword';

/** What a cue hit means. */
export interface CuePayload {
  kind: CueKind;
  /** Predicate class, actor or concept id, stance entry id, or (keyword) narrative id. */
  id: string;
  passive: boolean;
  implies: string | null;
}

export interface LexiconEntry {
  payload: CuePayload;
  /** Phrases by ISO 639-1 language. */
  phrases: Record<string, string[]>;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Predicate classes a narrative may name (FIGHT excluded: it only blocks frames). */
  predicates: Set<string>;
  /** Actor class id → member ids (gazetteer ids or other classes). */
  actors: Map<string, string[]>;
  concepts: Set<string>;
  /** Languages every cue file covers. */
  languages: string[];
}

export const LANGUAGES = ['en', 'ru', 'ar', 'de', 'fr'];
export const BLOCKING_CLASS = 'FIGHT';
const STANCE_KINDS: CueKind[] = ['refute', 'report', 'endorse', 'negation', 'agent-marker', 'passive'];
const DATA = new URL('./data/', import.meta.url);

let cached: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const entries: LexiconEntry[] = [];
  const predicates = new Set<string>();
  const actors = new Map<string, string[]>();
  const concepts = new Set<string>();
  for (const raw of read('predicates.yml')) {
    const cls = need(raw, 'class', 'predicates.yml');
    if (cls !== BLOCKING_CLASS) predicates.add(cls);
    const implies = typeof raw.implies === 'string' ? raw.implies : null;
    entries.push(entry(raw, 'predicates.yml', 'cues', { kind: 'predicate', id: cls, passive: raw.passive === true, implies }));
  }
  // actors-regions.yml: capitals and seats of power for their states, European states for Europe (its header).
  for (const file of ['actors.yml', 'actors-regions.yml']) {
    for (const raw of read(file)) {
      const id = need(raw, 'id', file);
      if (actors.has(id)) fail(file, `actor class "${id}" is defined twice (actors.yml and actors-regions.yml hold one entry per id)`);
      actors.set(id, Array.isArray(raw.members) ? raw.members.map(String) : []);
      entries.push(entry(raw, file, 'terms', { kind: 'actor', id, passive: false, implies: null }));
    }
  }
  for (const raw of read('concepts.yml')) {
    const id = need(raw, 'id', 'concepts.yml');
    concepts.add(id);
    entries.push(entry(raw, 'concepts.yml', 'terms', { kind: 'concept', id, passive: false, implies: null }));
  }
  for (const raw of read('cues.yml')) {
    const kind = need(raw, 'kind', 'cues.yml') as CueKind;
    if (!STANCE_KINDS.includes(kind)) fail('cues.yml', `entry "${String(raw.id)}": kind must be one of ${STANCE_KINDS.join(', ')}`);
    entries.push(entry(raw, 'cues.yml', 'cues', { kind, id: need(raw, 'id', 'cues.yml'), passive: false, implies: null }));
  }
  for (const e of entries) {
    if (e.payload.implies && !actors.has(e.payload.implies)) fail('predicates.yml', `"${e.payload.id}" implies unknown actor class "${e.payload.implies}"`);
  }
  cached = { entries, predicates, actors, concepts, languages: LANGUAGES };
  return cached;
}

type Raw = Record<string, unknown>;

function read(name: string): Raw[] {
  const url = new URL(name, DATA);
  let value: unknown;
  try {
    value = readYamlData(url);
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: (error as Error).message }, { cause: error });
  }
  if (!Array.isArray(value)) fail(name, 'expected a list of entries');
  return (value as unknown[]).map((v) => (v && typeof v === 'object' ? (v as Raw) : {}));
}

function need(raw: Raw, field: string, file: string): string {
  const v = raw[field];
  if (typeof v !== 'string' || !v.trim()) fail(file, `entry "${String(raw.id ?? '?')}" needs "${field}"`);
  return (v as string).trim();
}

function entry(raw: Raw, file: string, field: string, payload: CuePayload): LexiconEntry {
  const id = need(raw, 'id', file);
  need(raw, 'source', file);
  need(raw, 'note', file);
  const value = raw[field];
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(file, `entry "${id}" needs "${field}" by language`);
  const phrases: Record<string, string[]> = {};
  for (const [language, list] of Object.entries(value as Raw)) {
    if (!Array.isArray(list)) fail(file, `entry "${id}", ${field}.${language}: expected a list`);
    phrases[language] = (list as unknown[]).map(String);
    for (const phrase of phrases[language]) {
      try {
        parsePhrase(phrase);
      } catch (error) {
        fail(file, `entry "${id}", ${field}.${language}: ${(error as Error).message}`);
      }
    }
  }
  return { payload, phrases };
}

function fail(file: string, detail: string): never {
  throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: new URL(file, DATA).pathname, detail });
}
