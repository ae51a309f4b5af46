// Who fills a cue's slots: the subject before it, the object after it, the agent after "by" (labels: label.ts).
// Plain word-order rules over one sentence (no parser), written to fail towards "nobody" rather than guess.
import type { EntityType } from '../../core/types.js';
import { phraseAt, type Clause, type MentionRef } from './clause.js';

// Marks no slot search crosses: a quotation opens or closes, a colon or semicolon ends the clause.
const STOPS = new Set([';', ':', '“', '”', '"', '«', '»', '„', '‹', '›']);
const SUBJECT_WINDOW = 20;
const AGENT_WINDOW = 30;
const PRONOUN_WINDOW = 60;

const isStop = (c: Clause, i: number) => STOPS.has(c.tokens[i].lower);

/** The determiner-skipped token before `i` is a preposition: the mention there is an object or a place. */
function afterPreposition(c: Clause, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && c.grammar.determiners.has(c.tokens[j].lower)) j--;
  return j >= 0 && c.grammar.prepositions.has(c.tokens[j].lower);
}

function conjunctionEndingAt(c: Clause, j: number): number {
  for (const conj of c.grammar.conjunctions) if (phraseAt(c, j - conj.length + 1, conj)) return conj.length;
  return 0;
}

/** The mention and those joined to it by "and"/"or" on its left ("America and NATO", "American and NATO forces"). */
export function withLeftConjuncts(c: Clause, ref: MentionRef): MentionRef[] {
  const out = [ref];
  for (let j = ref.first - 1; j >= 0; ) {
    while (j >= 0 && c.grammar.determiners.has(c.tokens[j].lower)) j--;
    const conj = j >= 0 ? conjunctionEndingAt(c, j) : 0;
    if (!conj) break;
    j -= conj;
    while (j >= 0 && c.grammar.determiners.has(c.tokens[j].lower)) j--;
    const prev = j >= 0 ? c.mentionAt[j] : null;
    if (!prev) break;
    out.unshift(prev);
    j = prev.first - 1;
  }
  return out;
}

/** The mention and those joined to it on its right ("by the United States and England"). */
export function withRightConjuncts(c: Clause, ref: MentionRef): MentionRef[] {
  const out = [ref];
  for (let j = ref.last + 1; j < c.tokens.length; ) {
    while (j < c.tokens.length && c.grammar.determiners.has(c.tokens[j].lower)) j++;
    const conj = c.grammar.conjunctions.find((p) => phraseAt(c, j, p));
    if (!conj) break;
    j += conj.length;
    while (j < c.tokens.length && c.grammar.determiners.has(c.tokens[j].lower)) j++;
    const next = c.mentionAt[j];
    if (!next) break;
    out.push(next);
    j = next.last + 1;
  }
  return out;
}

const PERSONAL = new Set(['he', 'she', 'his', 'her', 'он', 'она', 'его', 'её', 'er', 'il', 'elle', 'هو', 'هي']);
const NEUTER = new Set(['it', 'its', 'оно', 'es']);

/** A pronoun at `i` read as the nearest fitting mention before it in the sentence (not one of `exclude`). */
function resolvePronoun(c: Clause, i: number, exclude: ReadonlySet<string>): MentionRef[] {
  const word = c.tokens[i].lower;
  const fits = (type: EntityType) => (PERSONAL.has(word) ? type === 'person' : NEUTER.has(word) ? type !== 'person' : true);
  for (let j = i - 1; j >= Math.max(0, i - PRONOUN_WINDOW); j--) {
    const ref = c.mentionAt[j];
    if (!ref || exclude.has(ref.entity.id) || !fits(ref.entity.type)) continue;
    const via = { start: c.tokens[i].start, end: c.tokens[i].end };
    return withLeftConjuncts(c, ref).map((r) => ({ ...r, via }));
  }
  return [];
}

/**
 * The subject of a cue starting at token `at`: walking back, the first mention that is not the object of a
 * preposition; a relative pronoun ("…the Taliban, who were resisting") points to the mention before it; a personal
 * pronoun ("they imposed"), or a possessive right before the cue ("its struggle"), to the nearest mention before
 * that. A relative "that" means the subject is a noun with no actor ("a superpower that…").
 */
export function subjectBefore(c: Clause, at: number): MentionRef[] {
  const g = c.grammar;
  for (let i = at - 1; i >= Math.max(0, at - SUBJECT_WINDOW); i--) {
    if (isStop(c, i)) return [];
    const ref = c.mentionAt[i];
    if (ref) {
      if (!afterPreposition(c, ref.first)) return withLeftConjuncts(c, ref);
      i = ref.first;
      continue;
    }
    const word = c.tokens[i].lower;
    if (g.relatives.has(word)) return mentionJustBefore(c, i);
    if (word === 'that') return [];
    if (g.subjectPronouns.has(word)) return resolvePronoun(c, i, new Set());
    // A possessive owns the cue noun only right before it ("its struggle against"); further back it owns another noun.
    if (g.possessives.has(word) && at - i <= 2) return resolvePronoun(c, i, new Set());
  }
  return [];
}

/** The mention right before a relative pronoun, allowing a comma and up to two head words ("American forces, who"). */
function mentionJustBefore(c: Clause, i: number): MentionRef[] {
  let words = 0;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const ref = c.mentionAt[j];
    if (ref) return withLeftConjuncts(c, ref);
    const t = c.tokens[j];
    if (t.lower === ',') continue;
    if (!t.word || ++words > 2) return [];
  }
  return [];
}

/**
 * The object of a cue ending at token `end`: a mention within a few words after it (determiners and up to two
 * other words skipped), or a possessive pronoun there ("confiscated their resources") read as a mention before.
 */
export function objectAfter(c: Clause, end: number, exclude: ReadonlySet<string>): MentionRef[] {
  const g = c.grammar;
  let words = 0;
  for (let j = end + 1; j < c.tokens.length; j++) {
    const ref = c.mentionAt[j];
    if (ref) return withRightConjuncts(c, ref);
    const t = c.tokens[j];
    if (g.determiners.has(t.lower) && !g.possessives.has(t.lower)) continue;
    if (g.possessives.has(t.lower)) return resolvePronoun(c, j, exclude);
    if (!t.word || g.prepositions.has(t.lower) || g.be.has(t.lower) || ++words > 2) return [];
  }
  return [];
}

/** The agent introduced by "by" (or "through the efforts of" …) after token `from`, within the clause. */
export function agentAfter(c: Clause, from: number): MentionRef[] {
  for (let j = from; j < Math.min(c.tokens.length, from + AGENT_WINDOW); j++) {
    if (isStop(c, j)) return [];
    const marker = c.grammar.agentMarkers.find((m) => phraseAt(c, j, m));
    if (!marker) continue;
    let k = j + marker.length;
    while (k < c.tokens.length && c.grammar.determiners.has(c.tokens[k].lower)) k++;
    const ref = c.mentionAt[k];
    if (ref) return withRightConjuncts(c, ref);
  }
  return [];
}
