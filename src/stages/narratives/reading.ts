// A text read for narratives: tokens, the actors and concepts it names (participants), predicate cues and the
// stance/syntax marks, all as token ranges. Built once per document (or example) and sliced by sentence.
import type { Entity } from '../../core/types.js';
import type { AliasMatcher } from './aliases.js';
import type { Concepts } from './concepts.js';
import type { CuePayload } from './lexicon.js';
import { longestFirst, type Hit, type Matcher } from './matcher.js';
import { epithetParticipants } from './epithets.js';
import { tokenAt, tokenize, type Token } from './tokens.js';

export interface Participant {
  from: number;
  to: number;
  id: string;
  concepts: string[];
  /** Actors (entities, actor classes) can be agents; topic concepts (biolabs, a coup) only patients. */
  actor: boolean;
}

export interface Predicate {
  from: number;
  to: number;
  cls: string;
  passive: boolean;
  implies: string | null;
}

export interface Mark {
  from: number;
  to: number;
  kind: CuePayload['kind'];
  id: string;
}

export interface Reading {
  text: string;
  language: string;
  tokens: Token[];
  participants: Participant[];
  predicates: Predicate[];
  /** refute, report, endorse, negation, agent-marker, passive and (narrative) keyword hits; stance cues inside names are dropped. */
  marks: Mark[];
}

export interface ReadingTools {
  cues(language: string): Matcher<CuePayload>;
  concepts: Concepts;
  /** Gazetteer names, for texts without an entities layer. */
  aliases: AliasMatcher;
}

/** Reads a text. Participants come from the entities layer where given, otherwise from gazetteer names. */
export function read(text: string, language: string, tools: ReadingTools, entities?: readonly Entity[]): Reading {
  const tokens = tokenize(text);
  const hits = tools.cues(language).all(tokens);
  const byKind = (kinds: string[]) => hits.filter((h) => kinds.includes(h.payload.kind));

  const named: Participant[] = entities ? fromEntities(tokens, entities, tools.concepts) : fromAliases(tokens, tools);
  const terms = longestFirst(byKind(['actor', 'concept'])).map((h) => participant(h, tools.concepts));
  const merged = mergeParticipants(named, terms, tokens.length);
  // "ISIS … Washington created this monster": an epithet names again the armed group just named (epithets.ts).
  const groups = new Set((entities ?? []).filter((e) => e.type === 'group' && e.gazetteerId).map((e) => e.gazetteerId!));
  const epithets = groups.size ? epithetParticipants(tokens, language, merged, (id) => groups.has(id)) : [];
  const participants = epithets.length ? [...merged, ...epithets].sort((a, b) => a.from - b.from || a.to - b.to) : merged;

  // Predicates compete among themselves: "does not support the defeat of" is one PROTECT cue, not SPONSOR + FIGHT.
  // A cue word inside an epithet ("créature", "детище" are creating words) is the group's name there, no act.
  const predicates = longestFirst(byKind(['predicate']))
    .filter((h) => !epithets.some((e) => e.from < h.to && h.from < e.to))
    .map((h) => ({ from: h.from, to: h.to, cls: h.payload.id, passive: h.payload.passive, implies: h.payload.implies }));
  const marks: Mark[] = [];
  // A stance cue inside a name is part of the name: "states" in "the United States", "not" in a title.
  const names = nameCover(tokens.length, entities ? mentionRanges(tokens, entities) : named);
  const free = (h: Hit<CuePayload>) => !names.subarray(h.from, h.to).some((x) => x === 1) && !lookalike(tokens, h);
  for (const kind of ['refute', 'report', 'endorse', 'negation', 'agent-marker', 'passive'] as const) {
    for (const h of longestFirst(byKind([kind]))) if (kind === 'agent-marker' || kind === 'passive' || free(h)) marks.push({ from: h.from, to: h.to, kind, id: h.payload.id });
  }
  // Keywords of different narratives may share words: every narrative keeps its own hits.
  for (const h of byKind(['keyword'])) marks.push({ from: h.from, to: h.to, kind: 'keyword', id: h.payload.id });
  marks.sort((a, b) => a.from - b.from);
  return { text, language, tokens, participants, predicates, marks };
}

// Cue keys drop umlauts, so the subjunctive "hätten" (hearsay) also meets the indicative "hatten" (had): as
// written, these are no cue.
const INDICATIVE_LOOKALIKES = new Set(['hatten']);
const lookalike = (tokens: Token[], h: Hit<CuePayload>) => h.to - h.from === 1 && INDICATIVE_LOOKALIKES.has(tokens[h.from].raw.toLowerCase());

/** Token ranges of every mention the entities layer found (any type, with or without a gazetteer entry), pronouns aside. */
function mentionRanges(tokens: Token[], entities: readonly Entity[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue;
      const from = tokenAt(tokens, m.start);
      out.push({ from, to: Math.max(from + 1, tokenAt(tokens, m.end)) });
    }
  }
  return out;
}

/**
 * 1 for each token of a name but its first: "States" in "United States" is the name's, while a cue word the
 * entities stage glued onto the front of a name ("Laut Kabulow", "Selon Moscou") stays a cue.
 */
function nameCover(tokenCount: number, ranges: readonly { from: number; to: number }[]): Uint8Array {
  const cover = new Uint8Array(tokenCount);
  for (const r of ranges) if (r.to - r.from > 1) cover.fill(1, r.from + 1, Math.min(r.to, tokenCount));
  return cover;
}

function participant(h: Hit<CuePayload>, concepts: Concepts): Participant {
  return { from: h.from, to: h.to, id: h.payload.id, concepts: concepts.of(h.payload.id), actor: h.payload.kind === 'actor' };
}

function fromEntities(tokens: Token[], entities: readonly Entity[], concepts: Concepts): Participant[] {
  const out: Participant[] = [];
  for (const entity of entities) {
    if (!entity.gazetteerId) continue;
    const ids = concepts.of(entity.gazetteerId);
    for (const m of entity.mentions) {
      const from = tokenAt(tokens, m.start);
      const to = Math.max(from + 1, tokenAt(tokens, m.end));
      out.push({ from, to, id: entity.gazetteerId, concepts: ids, actor: true });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

function fromAliases(tokens: Token[], tools: ReadingTools): Participant[] {
  return tools.aliases.find(tokens).map((h) => ({ from: h.from, to: h.to, id: h.id, concepts: tools.concepts.of(h.id), actor: true }));
}

/** Names win over class terms where they overlap, but take the term's concepts too ("the Americans" → also west). */
function mergeParticipants(named: Participant[], terms: Participant[], tokenCount: number): Participant[] {
  const out = named.map((p) => ({ ...p, concepts: [...p.concepts] }));
  // Which name covers each token: one pass, so a long document costs its length, not names × terms.
  const cover = new Int32Array(tokenCount).fill(-1);
  out.forEach((p, i) => {
    for (let t = p.from; t < p.to && t < tokenCount; t++) cover[t] = i;
  });
  for (const t of terms) {
    let over = -1;
    for (let k = t.from; k < t.to && over < 0; k++) over = cover[k];
    if (over < 0) out.push(t);
    else for (const c of t.concepts) if (!out[over].concepts.includes(c)) out[over].concepts.push(c);
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * The items of a list sorted by `from` that lie within tokens [from, to): found by binary search, so a long
 * document's sentences each cost their own items, not the whole list.
 */
export function within<T extends { from: number; to: number }>(list: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].from < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].from < to; i++) if (list[i].to <= to) out.push(list[i]);
  return out;
}
