// Figures of speech that say a claim word in other words: "the noose is tightening" is encirclement, "shot itself
// in the foot" is harm, "pulling the strings" is organising, "loathing of all things Russian" is Russophobia. Each
// entry of data/figures.yml (id, source, note) lists phrases by language in the cue syntax of matcher.ts and what
// they mean as plain English words ("means"); a phrase found in a sentence stands, as one word, for those words'
// interlingual keys (src/knowledge/lexicons), so it meets a catalogue example that says "encircle" or "hurt" as the
// word itself would, whatever the example's narrative or catalogue. Written for issue 12: writers who never saw the
// catalogue tell its narratives in idiom and metaphor (eval/narratives: blind4–6, catb, catc).
import { interlingualKeys } from '../../knowledge/lexicons/index.js';
import { longestFirst, type Matcher } from './matcher.js';
import { loadPhraseMatchers } from './phrase-files.js';
import type { Token } from './tokens.js';

export interface Figure {
  id: string;
  /** The interlingual keys of the words it means (x:, k:), as one word. */
  keys: readonly string[];
}

export interface FigureHit {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  figure: Figure;
}

// figures-en.yml: English paraphrases and allusions (issue 12), kept apart from the multilingual idioms.
const FILES = [new URL('./data/figures.yml', import.meta.url), new URL('./data/figures-en.yml', import.meta.url)];
let matchers: Map<string, Matcher<Figure>> | null = null;

/** The figures' matchers by language, loaded and checked once. */
export function figureMatchers(): Map<string, Matcher<Figure>> {
  matchers ??= loadPhraseMatchers(FILES, (e, id, fail): Figure => {
    const means = Array.isArray(e.means) ? e.means.map(String) : [];
    // Senses and words only: a name key ("annex" → Crimea in the core vocabulary) would make the figure an actor.
    const keys = [...new Set(means.flatMap((w) => interlingualKeys(w, 'en')).filter((k) => !k.startsWith('e:')))];
    if (!means.length || !keys.length) fail(`entry "${id}": "means" must list English words the lexicons know`);
    return { id, keys };
  });
  return matchers;
}

/** The figures in tokens [from, to) of a text in `language` (none for a language the file does not cover), longest first where they overlap. */
export function figuresIn(tokens: readonly Token[], from: number, to: number, language: string): FigureHit[] {
  const matcher = figureMatchers().get(language);
  if (!matcher || to <= from) return [];
  return longestFirst(matcher.all(tokens.slice(from, to))).map((h) => ({ from: h.from + from, to: h.to + from, figure: h.payload }));
}
