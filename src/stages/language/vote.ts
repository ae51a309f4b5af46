import { detectAll } from 'tinyld';
import type { Span } from '../../core/types.js';
import { scoreFunctionWords } from './function-words.js';
import { countScripts, mainScript, SCRIPT_LANGUAGES } from './scripts.js';

/** What one paragraph says about the language, and how sure. */
export interface Vote extends Span {
  lang: string;
  /** Letters of the paragraph: the weight of its vote. */
  letters: number;
  confidence: number;
  by: 'function-words' | 'model' | 'script';
}

export interface VoteKnowledge {
  languages: string[];
  byWord: Map<string, number[]>;
}

// Below these a paragraph is debris (icon names, menus, link lists, a byline) and does not vote.
const MIN_LETTERS = 20;
const MIN_WORDS = 5;
// A Latin-script paragraph is a language's prose when 12%+ of its words are that language's function words, half
// again as many as any other language's (English prose runs at 30–45%, a line of names or icon labels near 0).
const MIN_SHARE = 0.12;
const MARGIN = 1.5;
// The n-gram model (tinyld) only decides paragraphs the function words leave open, and only when it is sure of itself.
const MODEL_MIN_LETTERS = 40;
const MODEL_MIN_ACCURACY = 0.7;
// The model reads no more than this of a paragraph: its cost grows with the length, its answer does not.
const MODEL_SAMPLE = 300;

/** The paragraphs of `text`: stretches between line breaks, trimmed. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** A Latin-script paragraph its function words left open: the n-gram model may decide it (`modelVote`). */
export interface Undecided extends Span {
  letters: number;
  words: number;
  hits: number[];
}

// Scripts written without spaces carry a word in one or two characters: a short line of them is still a sentence.
const DENSE = new Set(['han', 'kana', 'hangul', 'thai']);

/** The vote of one paragraph from its script and function words; `Undecided` when only the model can tell; null for debris. */
export function voteParagraph(text: string, p: Span, knowledge: VoteKnowledge, budget: { modelCalls: number }): Vote | Undecided | null {
  const { script, letters, total } = mainScript(countScripts(text, p.start, p.end));
  if (!script || letters < total * 0.6 || letters < (DENSE.has(script) ? MIN_LETTERS / 4 : MIN_LETTERS)) return null;
  if (script !== 'latin') {
    const { candidates, fallback } = SCRIPT_LANGUAGES[script];
    const best = candidates.length > 1 ? model(text, p, candidates, budget) : null;
    if (best) return { ...span(p), lang: best.lang, letters, confidence: best.accuracy, by: 'model' };
    return fallback ? { ...span(p), lang: fallback, letters, confidence: candidates.length > 1 ? 0.5 : 1, by: 'script' } : null;
  }
  const { words, hits } = scoreFunctionWords(text, p.start, p.end, knowledge.byWord, knowledge.languages.length);
  if (words < MIN_WORDS) return null;
  const [first, second] = topTwo(hits);
  const share = hits[first] / words;
  if (share >= MIN_SHARE && hits[first] >= 2 && hits[first] >= second * MARGIN) {
    return { ...span(p), lang: knowledge.languages[first], letters, confidence: Math.min(1, share / 0.3), by: 'function-words' };
  }
  return letters >= MODEL_MIN_LETTERS ? { ...span(p), letters, words, hits } : null;
}

/** The n-gram model's vote on an undecided paragraph, when it is sure and the function words do not contradict it. */
export function modelVote(text: string, u: Undecided, knowledge: VoteKnowledge, budget: { modelCalls: number }): Vote | null {
  const best = model(text, u, [], budget);
  if (!best) return null;
  // The model may not name a language whose function words are all but absent ("pl" for English with Polish-looking
  // names), nor one with no list when a listed language's words are plainly there ("ber" for English with names).
  const listed = knowledge.languages.indexOf(best.lang);
  const [first] = topTwo(u.hits);
  const contradicted = listed >= 0 ? u.hits[listed] / u.words < MIN_SHARE / 2 : u.hits[first] / u.words >= MIN_SHARE / 2;
  if (contradicted) return null;
  return { ...span(u), lang: best.lang, letters: u.letters, confidence: best.accuracy, by: 'model' };
}

/** Index of the most hits, and the runner-up's count. */
function topTwo(hits: number[]): [number, number] {
  let first = 0;
  for (let l = 1; l < hits.length; l++) if (hits[l] > hits[first]) first = l;
  let second = 0;
  for (let l = 0; l < hits.length; l++) if (l !== first && hits[l] > second) second = hits[l];
  return [first, second];
}

function model(text: string, p: Span, only: string[], budget: { modelCalls: number }): { lang: string; accuracy: number } | null {
  if (budget.modelCalls <= 0) return null;
  budget.modelCalls--;
  const sample = text.slice(p.start, Math.min(p.end, p.start + MODEL_SAMPLE));
  const [best] = detectAll(sample, only.length ? { only } : undefined);
  return best && best.accuracy >= MODEL_MIN_ACCURACY ? best : null;
}

function span(p: Span): Span {
  return { start: p.start, end: p.end };
}
