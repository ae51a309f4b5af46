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
import { interlingualKeys } from '../../knowledge/lexicons/index.js';
import { BLOCKING_CLASS } from './lexicon.js';
import { within, type Predicate, type Reading } from './reading.js';
import type { Frame } from './frames.js';

export interface TopicTarget {
  id: string;
  /** Gazetteer ids whose mentions name the target. */
  entities: Set<string>;
  /** Lower-case words (a trailing * makes a prefix; in German a part of a compound) by language. */
  words: Record<string, string[]>;
  /** What the target is accused of doing as a claim's agent: core-vocabulary senses (k:lie, k:censor). */
  acts?: Set<string>;
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
    const acts = Array.isArray(raw.acts) ? new Set(raw.acts.map(String)) : undefined;
    return { id: String(raw.id), entities: new Set(entities), words: byLanguage(words), ...(acts ? { acts } : {}) };
  });
  return targets;
}

function byLanguage(words: Record<string, unknown[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [language, list] of Object.entries(words)) out[language] = (Array.isArray(list) ? list : []).map((w) => String(w).toLowerCase());
  return out;
}

function fail(detail: string): never {
  throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail });
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Whether a text in `language` names the target by its words. */
export function namesTarget(text: string, language: string, target: TopicTarget): boolean {
  return hasWord(text, language, target.words[language] ?? []);
}

/** Whether a text in `language` holds a word of `list` (the format of a target's `words`). */
function hasWord(text: string, language: string, list: readonly string[]): boolean {
  const lower = text.toLowerCase();
  if (language === 'ar') return list.some((w) => lower.includes(w.replace(/\*$/u, '')));
  const { tokens, joined } = wordsOf(lower);
  return list.some((w) => {
    if (w.includes(' ')) return joined.includes(` ${w.replace(/\*$/u, '')}`);
    // German compounds put the name anywhere in the word ("Westukraine", "Russlandpolitik", "antirussisch").
    if (language === 'de' && w.endsWith('*')) return tokens.some((t) => t.includes(w.slice(0, -1)));
    return w.endsWith('*') ? tokens.some((t) => t.startsWith(w.slice(0, -1))) : tokens.includes(w);
  });
}

// A text is asked about every target in turn (a catalogue's statements when it compiles, a sentence when a match
// is checked): its words are split once, for the last texts seen.
const words = new Map<string, { tokens: string[]; joined: string }>();
const WORDS_KEPT = 2_000;

function wordsOf(lower: string): { tokens: string[]; joined: string } {
  let hit = words.get(lower);
  if (!hit) {
    // A compound's parts count too ("counter-terrorist" names terrorism, "US-backed" the US).
    const tokens: string[] = (lower.match(WORD) ?? []).flatMap((t) => (/[-'’]/u.test(t) ? [t, ...t.split(/[-'’]/u)] : [t]));
    if (words.size >= WORDS_KEPT) words.clear();
    words.set(lower, (hit = { tokens, joined: ` ${tokens.join(' ')} ` }));
  }
  return hit;
}

const cache = new WeakMap<Narrative, TopicTarget[]>();

/** The targets a narrative is about: named in most of its statements (examples, title, description). */
export function narrativeTargets(n: Narrative): TopicTarget[] {
  const cached = cache.get(n);
  if (cached) return cached;
  const statements = statementsOf(n);
  const out = loadTopicTargets().filter((t) => most(statements, (text, language) => namesTarget(text, language, t)));
  cache.set(n, out);
  return out;
}

/** A narrative's statements (title, description, examples) with their languages. */
function statementsOf(n: Narrative): [string, string][] {
  return [
    [n.title, 'en'],
    ...(n.description ? ([[n.description, 'en']] as [string, string][]) : []),
    ...n.examples.map((e): [string, string] => [e.text, e.language ?? 'en']),
  ];
}

/** Whether most statements (at least MIN_STATEMENTS, at least MIN_SHARE of them) hold. */
function most(statements: readonly [string, string][], holds: (text: string, language: string) => boolean): boolean {
  const named = statements.filter(([text, language]) => holds(text, language)).length;
  return named >= MIN_STATEMENTS && named >= MIN_SHARE * statements.length;
}

/** The targets a narrative accuses of an act of their `acts` list in most of its statements ("Western media lie"). */
export function actingTargets(n: Narrative): TopicTarget[] {
  const statements = statementsOf(n);
  return narrativeTargets(n).filter((t) => t.acts && most(statements, (text, language) => (text.match(WORD) ?? []).some((w) => interlingualKeys(w, language).some((k) => t.acts!.has(k)))));
}

/**
 * Whether the sentences of `evidence` name every target of the narrative: in the sentence itself, the two before it,
 * or, for a sentence of the opening, anywhere in the opening; by an entity mention of the target or by its words.
 * `reach`: the last sentence of the opening (HEADLINE_REACH; a short article is all opening, see narratives.ts).
 */
export function targetsNamed(doc: Doc, sentences: readonly Sentence[], language: string, evidence: Span, wanted: readonly TopicTarget[], reach = HEADLINE_REACH): boolean {
  if (!wanted.length) return true;
  const i = sentences.findIndex((s) => s.start <= evidence.start && evidence.start < s.end);
  if (i < 0) return true;
  // The opening (headline and the sentences under it) is one context: a short piece names its topic once.
  const opening = Array.from({ length: reach + 1 }, (_, j) => j);
  // Two sentences back: a claim may come as the answer to a question that follows its topic ("… struggle against ISIS.
  // The pertinent question arises: why is this so? This is because …").
  const around = [i, i - 1, i - 2, ...(i <= reach ? opening : [])].filter((j) => j >= 0 && j < sentences.length);
  const entities = doc.layers.entities ?? [];
  return wanted.every((t) =>
    around.some((j) => {
      const s = sentences[j];
      if (entities.some((e) => e.gazetteerId && t.entities.has(e.gazetteerId) && e.mentions.some((m) => m.start >= s.start && m.end <= s.end))) return true;
      return namesTarget(doc.text.slice(s.start, s.end), language, t);
    }),
  );
}

/**
 * What a narrative's claim acts on (`targets`: its topic targets that are the patient of its frames,
 * "west>CREATE>isis") and with which predicate classes (`classes`: CREATE, ARM …). Null for a narrative whose claim
 * acts on none of its targets.
 */
export interface ClaimAim {
  classes: Set<string>;
  targets: TopicTarget[];
  /** The targets the claim has act (actingTargets: the media that lie). */
  agents: TopicTarget[];
  /** Every patient of the narrative's frames, at every level ("isis", "terrorism": "armed the terrorists" is on target). */
  patients: Set<string>;
}

const aims = new WeakMap<object, (ClaimAim | null)[]>();

/**
 * Per narrative of a compiled catalogue, its claim's aim: the targets its frame keys (`frames`, "agent>CLS>patient")
 * have as patient, and the classes of those frames and of its claim's predicate keys (`predicates`, "p:ARM": the
 * classes its examples use on the target, even where only one example has the frame).
 */
export function claimAims(owner: object, narratives: readonly Narrative[], frames: (n: number) => Iterable<string>, predicates: (n: number) => Iterable<string>): (ClaimAim | null)[] {
  const cached = aims.get(owner);
  if (cached) return cached;
  const out = narratives.map((n, i): ClaimAim | null => {
    const targets = new Set<TopicTarget>();
    const classes = new Set<string>();
    const patients = new Set<string>();
    for (const key of frames(i)) {
      const [, cls, patient] = key.split('>');
      patients.add(patient);
      for (const t of narrativeTargets(n)) {
        if (!t.entities.has(patient)) continue;
        targets.add(t);
        classes.add(cls);
      }
    }
    const agents = actingTargets(n);
    if (!targets.size && !agents.length) return null;
    if (targets.size) for (const p of predicates(i)) classes.add(p.startsWith('p:') ? p.slice(2) : p);
    return { classes, targets: [...targets], patients, agents };
  });
  aims.set(owner, out);
  return out;
}

/** How far (tokens) a target may lie from a cue with no frame and still be what it acts on (frames.ts's window). */
const AIM_WINDOW = 10;
/** English words that end a verb's object ("created a coalition | against ISIS"; "armed | by the US"). */
const OBJECT_ENDS = new Set([
  'for', 'to', 'in', 'on', 'at', 'from', 'with', 'by', 'against', 'into', 'through', 'after', 'before', 'under', 'over', 'as',
  'about', 'during', 'without', 'between', 'among', 'while', 'and', 'or', 'but', 'that', 'which', 'who', 'whose', 'when',
  'where', 'because', 'since', 'if', 'than', 'so',
]);
/** English words before an object's head that say nothing of what it is. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'more', 'new', 'up', 'out']);
const OBJECT_MAX = 8;
/** English pronouns that, right after a cue, name again something said before it: its object, or the owner of it. */
const ANAPHORS = new Set(['it', 'them', 'its', 'their', 'itself', 'themselves']);

/**
 * Whether every cue of the claim's classes in tokens [from, to) acts on something other than the claim's target:
 * "The US created a coalition against ISIS", "the Iraqi army was trained and armed by the United States" (a frame
 * with another patient), "arm yourself with the truth". A cue acts on the target where a frame of it has the target
 * as patient, or, with no frame, where the target lies within reach and no FIGHT cue stands between; in English,
 * a cue whose object (the words after it, up to a preposition or conjunction) names something else acts on that.
 * False where the stretch has no such cue: the claim may be told in words that are no cue ("a breeding ground").
 */
function aimedElsewhere(r: Reading, from: number, to: number, frames: Iterable<Frame>, aim: ClaimAim): boolean {
  if (!aim.targets.length) return false;
  const cues = within(r.predicates, from, to).filter((p) => aim.classes.has(p.cls));
  if (!cues.length) return false;
  const blockers = within(r.predicates, from, to).filter((p) => p.cls === BLOCKING_CLASS);
  const onTarget = (concepts: readonly string[]) => aim.targets.some((t) => concepts.some((c) => t.entities.has(c)));
  // The target's mentions: participants of its entities, and words of its list ("jihadists").
  const mentions: { from: number; to: number }[] = within(r.participants, from, to).filter((x) => onTarget(x.concepts));
  for (let i = from; i < to; i++) if (r.tokens[i].word && aim.targets.some((t) => namesTarget(r.tokens[i].raw, r.language, t))) mentions.push({ from: i, to: i + 1 });
  const byCue = new Map<Predicate, Frame[]>();
  for (const f of frames) byCue.set(f.predicate, [...(byCue.get(f.predicate) ?? []), f]);
  const between = (a: { from: number; to: number }, b: { from: number; to: number }) => {
    const [lo, hi] = a.to <= b.from ? [a, b] : [b, a];
    return blockers.some((x) => x.from >= lo.to && x.to <= hi.from);
  };
  const elsewhere = (p: Predicate) => {
    // In English the words right after the verb are its object, whatever a frame read further off ("Policies Created
    // Conditions for Rise of Islamic State": the frame's patient is ISIS, the object is the conditions). Not for a cue
    // that names its own patient ("undermined … counter-terrorist operations": frames.ts reads it).
    if (r.language === 'en' && !p.implies) {
      // A reduced relative ("technology created by a company in Germany": a participle right after its noun, its
      // agent after "by", no auxiliary before it) acts on the noun before it: elsewhere where neither that noun (or
      // the two words before it: "the terror group created by …") nor the words just after the cue ("arms supplied by
      // NATO to Kyiv") name the target; otherwise read as any cue.
      const head = reducedRelativeHead(r, p, from);
      if (head >= 0 && !mentions.some((m) => (m.from <= head && m.to > head - 2) || (m.from >= p.to && m.from - p.to <= AIM_WINDOW))) return true;
      // A pronoun right after the cue ("midwifed Daesh and still shields it", "continued to protect its remnants")
      // points back: where the target is named before the cue in the stretch, the cue acts on it.
      if (ANAPHORS.has(r.tokens[p.to]?.keys[0] ?? '') && mentions.some((m) => m.to <= p.from)) return false;
      const object = objectAfter(r, p.to, to);
      if (object) return !mentions.some((m) => m.from < object.to && m.to > object.from);
    }
    const own = byCue.get(p);
    // A frame whose either side is the target, or a patient the narrative's own frames have ("the terrorists"), is on
    // target: word order may have swapped the sides ("Daesh is a monster that the Americans brought to life").
    if (own?.length) return !own.some((f) => onTarget([f.patient.id, ...f.patient.concepts, f.agent.id, ...f.agent.concepts]) || aim.patients.has(f.patient.id));
    const near = mentions.filter((m) => (m.from >= p.to ? m.from - p.to : p.from - m.to) <= AIM_WINDOW);
    if (near.some((m) => !between(m, p))) return false;
    return mentions.length > 0 && mentions.every((m) => between(m, p));
  };
  // Cues joined by "and" or a comma share their object ("trained and armed by the United States").
  let previous: { cue: Predicate; away: boolean } | null = null;
  for (const p of cues) {
    const joined: boolean = !!previous && !byCue.has(p) && r.tokens.slice(previous.cue.to, p.from).every((t) => JOINERS.has(t.keys[0]));
    const away: boolean = joined ? previous!.away : elsewhere(p);
    if (!away) return false;
    previous = { cue: p, away };
  }
  return true;
}

/** English auxiliaries of a passive or a perfect: a participle after one is the clause's verb, no reduced relative. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'has', 'have', 'had', 'not', 'never', 'allegedly', 'reportedly', 'secretly', 'deliberately']);

/**
 * The token of the noun a reduced relative's participle follows ("technology created by …": "technology"), or -1:
 * the cue is followed by "by" and preceded by a word that is no auxiliary (nor an adverb after one), within the stretch.
 */
function reducedRelativeHead(r: Reading, p: Predicate, from: number): number {
  if (r.tokens[p.to]?.keys[0] !== 'by') return -1;
  const before = p.from - 1;
  if (before < from || !r.tokens[before].word || AUXILIARIES.has(r.tokens[before].keys[0])) return -1;
  return before;
}

/** Words that join two cues into one predicate with one object. */
const JOINERS = new Set([',', 'and', 'or', 'и', 'или', 'و', 'und', 'oder', 'et', 'ou']);

/** The English object after a verb at token `at` (determiners skipped), up to a preposition, conjunction, cue or stop; null for none. */
function objectAfter(r: Reading, at: number, end: number): { from: number; to: number } | null {
  let i = at;
  while (i < end && DETERMINERS.has(r.tokens[i].keys[0])) i++;
  const start = i;
  const cueAt = (j: number) => r.predicates.some((p) => p.from === j);
  for (; i < end && i - start < OBJECT_MAX; i++) {
    const t = r.tokens[i];
    if (OBJECT_ENDS.has(t.keys[0]) || cueAt(i)) break;
    if (!t.word && !/^[-'’]$/u.test(t.raw)) break;
  }
  return i > start ? { from: start, to: i } : null;
}

/**
 * Whether the sentences of a unit (`keys`: their interlingual keys) say an act of each acting target of the aim, and
 * its cues do not all act on something else (aimedElsewhere).
 */
export function saysAim(r: Reading, from: number, to: number, frames: Iterable<Frame>, aim: ClaimAim, keys: readonly (ReadonlySet<string> | undefined)[]): boolean {
  if (aimedElsewhere(r, from, to, frames, aim)) return false;
  return aim.agents.every((t) => keys.some((set) => !!set && [...t.acts!].some((k) => set.has(k))));
}
