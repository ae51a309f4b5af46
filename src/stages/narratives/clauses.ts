// A long sentence read clause by clause, for example similarity: a claim said in one clause is diluted by the rest
// of a long sentence (similar.ts normalises by the sentence's length), so each clause is also compared alone.
// Clauses are cut at punctuation (, ; : dashes, brackets) and before a word that opens a clause
// (data/clause-openers.yml: conjunctions, relative pronouns, subordinators; en ru ar de fr).
import { readKnowledgeFile } from '../../knowledge/yaml.js';
import type { Token } from './tokens.js';
import { keySet } from './word-keys.js';

interface Entry {
  id: string;
  words: Record<string, string[]>;
}

/** Least words of a clause read alone: a shorter piece ("the US and NATO", "and its ruling regime") is a phrase, not a clause. */
export const CLAUSE_MIN_WORDS = 5;
/** Least words and entities a clause shares with an example (a sentence needs two): two are one rare word and a name. */
export const CLAUSE_MIN_SHARED = 3;
/** Least words of a sentence read clause by clause: a short one is one clause already. */
export const SENTENCE_MIN_WORDS = 12;

/**
 * Least similarity of the whole sentence with an example of the narrative its clause meets: the clause rescues a
 * claim diluted by the rest of its sentence (0.30–0.45 on eval/narratives' misses), not a clause of other news.
 */
export const CLAUSE_SENTENCE_FLOOR = 0.3;

const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '،', '؛', '«', '»']);

let openers: ReadonlySet<string> | null = null;

/** The clause openers of every language at once (the words are distinct enough; a sentence's language may be wrong). */
function clauseOpeners(): ReadonlySet<string> {
  if (openers) return openers;
  const entries = readKnowledgeFile(new URL('./data/clause-openers.yml', import.meta.url)) as Entry[];
  return (openers = keySet(entries.flatMap((e) => Object.values(e.words).flat())));
}

/**
 * The clauses of tokens [from, to) as token ranges, each of at least CLAUSE_MIN_WORDS words; none where the sentence
 * is short or is one clause. A piece too short to stand alone joins the clause after it (an opener with its clause).
 */
export function clauseRanges(tokens: readonly Token[], from: number, to: number): [number, number][] {
  let words = 0;
  for (let t = from; t < to; t++) if (tokens[t].word) words++;
  if (words < SENTENCE_MIN_WORDS) return [];
  const open = clauseOpeners();
  const cuts: number[] = [from];
  for (let t = from + 1; t < to; t++) {
    const tok = tokens[t];
    if (!tok.word ? BREAKS.has(tok.raw) : tok.keys.some((k) => open.has(k))) cuts.push(t);
  }
  cuts.push(to);
  const out: [number, number][] = [];
  let start = from;
  for (let c = 1; c < cuts.length; c++) {
    let n = 0;
    for (let t = start; t < cuts[c]; t++) if (tokens[t].word) n++;
    if (n < CLAUSE_MIN_WORDS && c < cuts.length - 1) continue;
    if (n >= CLAUSE_MIN_WORDS) out.push([start, cuts[c]]);
    start = cuts[c];
  }
  return out.length > 1 ? out : [];
}
