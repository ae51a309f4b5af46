// Topic targets (data/topic-targets.yml): what a narrative is about — Russia for Russophobia, Ukraine for a Nazi
// regime in Kyiv, ISIS for "the West created ISIS", the media for "Western media lie". A narrative whose statements
// (examples, title, description) name a target in most of them needs its sentence to name it too — itself, the
// sentence before, or the headline while the sentence is in the opening (topic-scope.ts). Real news shares the
// narratives' words far more often than their claims ("inflammatory speakers who promote hate", "Nazi Germany", "the
// Iraqi army was trained and armed by the United States"): on ~1,300 real articles most matches were such.
import type { Doc, Sentence, Span } from '../../core/types.js';
import type { Narrative } from '../../knowledge/narratives/index.js';
import { readKnowledgeFile } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import { HEADLINE_REACH } from './topic-scope.js';

export interface TopicTarget {
  id: string;
  /** Gazetteer ids whose mentions name the target. */
  entities: Set<string>;
  /** Lower-case words (a trailing * makes a prefix; in German a part of a compound) by language. */
  words: Record<string, string[]>;
}

const FILE = new URL('./data/topic-targets.yml', import.meta.url);
/** A target counts for a narrative named in at least this many of its statements, and in at least this share. */
const MIN_STATEMENTS = 2;
const MIN_SHARE = 0.5;

let targets: TopicTarget[] | null = null;

export function loadTopicTargets(): TopicTarget[] {
  if (targets) return targets;
  const value = readKnowledgeFile(FILE);
  if (!Array.isArray(value)) fail('expected a list of entries');
  targets = (value as Record<string, unknown>[]).map((raw) => {
    for (const field of ['id', 'source', 'note']) if (typeof raw?.[field] !== 'string') fail(`entry "${String(raw?.id ?? '?')}" needs "${field}"`);
    const entities = Array.isArray(raw.entities) ? raw.entities.map(String) : fail(`entry "${String(raw.id)}" needs "entities" (a list)`);
    const words = raw.words && typeof raw.words === 'object' ? (raw.words as Record<string, unknown[]>) : fail(`entry "${String(raw.id)}" needs "words" by language`);
    const byLanguage: Record<string, string[]> = {};
    for (const [language, list] of Object.entries(words)) byLanguage[language] = (Array.isArray(list) ? list : []).map((w) => String(w).toLowerCase());
    return { id: String(raw.id), entities: new Set(entities), words: byLanguage };
  });
  return targets;
}

function fail(detail: string): never {
  throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail });
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Whether a text in `language` names the target by its words. */
export function namesTarget(text: string, language: string, target: TopicTarget): boolean {
  const lower = text.toLowerCase();
  const list = target.words[language] ?? [];
  if (language === 'ar') return list.some((w) => lower.includes(w.replace(/\*$/u, '')));
  // A compound's parts count too ("counter-terrorist" names terrorism, "US-backed" the US).
  const tokens: string[] = (lower.match(WORD) ?? []).flatMap((t) => (/[-'’]/u.test(t) ? [t, ...t.split(/[-'’]/u)] : [t]));
  const joined = ` ${tokens.join(' ')} `;
  return list.some((w) => {
    if (w.includes(' ')) return joined.includes(` ${w.replace(/\*$/u, '')}`);
    // German compounds put the name anywhere in the word ("Westukraine", "Russlandpolitik", "antirussisch").
    if (language === 'de' && w.endsWith('*')) return tokens.some((t) => t.includes(w.slice(0, -1)));
    return w.endsWith('*') ? tokens.some((t) => t.startsWith(w.slice(0, -1))) : tokens.includes(w);
  });
}

const cache = new WeakMap<Narrative, TopicTarget[]>();

/** The targets a narrative is about: named in most of its statements (examples, title, description). */
export function narrativeTargets(n: Narrative): TopicTarget[] {
  const cached = cache.get(n);
  if (cached) return cached;
  const statements: [string, string][] = [
    [n.title, 'en'],
    ...(n.description ? ([[n.description, 'en']] as [string, string][]) : []),
    ...n.examples.map((e): [string, string] => [e.text, e.language ?? 'en']),
  ];
  const out = loadTopicTargets().filter((t) => {
    const named = statements.filter(([text, language]) => namesTarget(text, language, t)).length;
    return named >= MIN_STATEMENTS && named >= MIN_SHARE * statements.length;
  });
  cache.set(n, out);
  return out;
}

/**
 * Whether the sentences of `evidence` name every target of the narrative: in the sentence itself, the one before it,
 * or, for a sentence of the opening, anywhere in the opening; by an entity mention of the target or by its words.
 */
export function targetsNamed(doc: Doc, sentences: readonly Sentence[], language: string, evidence: Span, wanted: readonly TopicTarget[]): boolean {
  if (!wanted.length) return true;
  const i = sentences.findIndex((s) => s.start <= evidence.start && evidence.start < s.end);
  if (i < 0) return true;
  // The opening (headline and the sentences under it) is one context: a short piece names its topic once.
  const opening = Array.from({ length: HEADLINE_REACH + 1 }, (_, j) => j);
  const around = [i, i - 1, ...(i <= HEADLINE_REACH ? opening : [])].filter((j) => j >= 0 && j < sentences.length);
  const entities = doc.layers.entities ?? [];
  return wanted.every((t) =>
    around.some((j) => {
      const s = sentences[j];
      if (entities.some((e) => e.gazetteerId && t.entities.has(e.gazetteerId) && e.mentions.some((m) => m.start >= s.start && m.end <= s.end))) return true;
      return namesTarget(doc.text.slice(s.start, s.end), language, t);
    }),
  );
}
