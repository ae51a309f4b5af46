import { germanTitle } from './compounds.js';
import type { Cues } from './cues.js';
import { isCapitalised, type Token } from './tokens.js';
import type { Work } from './work.js';

/** A capitalised run of the text: tokens first..last, and the indexes of its words. */
export interface Run {
  first: number;
  last: number;
  words: number[];
  /** A title or role word was stripped from its start ("Mr", "President", "Foreign Minister"). */
  personCue: boolean;
}

const capital = isCapitalised;
const CONNECTORS = new Set(['of', 'for', 'and', 'on']);

// Module-level rather than closures made per run read (readRun runs at every capitalised token).
const free = (work: Work, n: number): boolean => n < work.tokens.length && !work.covered[n] && !gapHasBreak(work.text, work.tokens[n - 1].end, work.tokens[n].start);
// Past the last token nothing is tight (a run may end the text: "World'").
const tight = (t: Token[], n: number): boolean => n < t.length && t[n - 1].end === t[n].start;

/** Reads the capitalised run starting at token i (not covered by a gazetteer mention), or null. */
export function readRun(work: Work, i: number, cues: Cues): Run | null {
  const t = work.tokens;
  if (work.covered[i] || !capital(t[i])) return null;
  const words = [i];
  let last = i;
  let k = i + 1;
  while (free(work, k)) {
    const tok = t[k];
    if (capital(tok)) {
      // "San Francisco Sheriff Ross Mirkarimi": a title after a name starts a new run.
      if (isTitleWord(tok.key, cues) && words.some((w) => !isTitleWord(t[w].key, cues) && !cues['role-modifiers'].has(t[w].key))) break;
      words.push(k);
      last = k++;
    } else if (tok.key === '-' && tight(t, k) && free(work, k + 1) && tight(t, k + 1) && t[k + 1].word) {
      // Joined by hyphens: "Mazar-i-Sharif"; not "Taliban-led".
      const next = t[k + 1];
      // A short lower-case infix needs a capitalised word after it: "Tehrik-i-Taliban", "Sar-e Pol".
      const infix = next.caps === 'lower' && next.text.length <= 3 && ((t[k + 2]?.key === '-' && tight(t, k + 2) && capital(t[k + 3])) || (capital(t[k + 2]) && !tight(t, k + 2)));
      if (!capital(next) && !infix) break;
      words.push(k + 1);
      last = k + 1;
      k += 2;
    } else if (tok.word && tok.caps === 'lower' && cues['name-particles'].has(tok.key) && (capital(t[k + 1]) || (t[k + 1]?.key === '-' && capital(t[k + 2])))) {
      last = k++; // "al-Baghdadi", "bin Laden", "von der Leyen"
    } else if (tok.key === '.' && t[k - 1].text.length === 1 && capital(t[k - 1]) && capital(t[k + 1])) {
      last = k++; // an initial: "George W. Bush"
    } else if (tok.key === "'" && tight(t, k) && tight(t, k + 1) && capital(t[k + 1])) {
      last = k++; // "O'Brien"
    } else if (tok.word && CONNECTORS.has(tok.key) && capital(t[k + 1]) && words.some((w) => cues['org-heads'].has(t[w].key))) {
      last = k++; // "Ministry of Foreign Affairs"
    } else break;
  }
  return strip({ first: i, last, words, personCue: false }, t, cues, work.lang);
}

/**
 * Drops opening function words and months, then a title prefix (titles, role nouns and their modifiers, ending in a
 * title or role noun: "Mr", "Foreign Minister", "Presidential Special Envoy"), which makes the rest a person.
 */
function strip(run: Run, t: Token[], cues: Cues, lang: string): Run | null {
  const words = [...run.words];
  while (words.length && (cues['function-words'].has(t[words[0]].key) || cues['months-days'].has(t[words[0]].key))) words.shift();
  let end = -1;
  for (let n = 0; n < words.length; n++) {
    const key = t[words[n]].key;
    if (cues['person-titles'].has(key) || cues['role-heads'].has(key) || germanTitle(key, lang, cues)) end = n;
    else if (!cues['role-modifiers'].has(key)) break;
  }
  words.splice(0, end + 1);
  // "Secretary Of State": the rest of a title after a function word is no name.
  if (end >= 0 && words.length && cues['function-words'].has(t[words[0]].key)) {
    while (words.length && (cues['function-words'].has(t[words[0]].key) || cues['role-modifiers'].has(t[words[0]].key))) words.shift();
  }
  if (!words.length || words.every((w) => cues['months-days'].has(t[w].key))) return null;
  return { first: words[0], last: run.last, words, personCue: end >= 0 };
}

function isTitleWord(key: string, cues: Cues): boolean {
  return cues['person-titles'].has(key) || cues['role-heads'].has(key);
}

function gapHasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Is token i the first word of its sentence, or right after an opening quote, a colon or a dash? */
export function opensClause(work: Work, i: number): boolean {
  work.clauseStart ??= clauseStarts(work);
  return work.clauseStart[i] === 1;
}

function clauseStarts(work: Work): Uint8Array {
  const out = new Uint8Array(work.tokens.length);
  let open = true;
  work.tokens.forEach((tok, i) => {
    if (i > 0 && work.sentenceOf[i] !== work.sentenceOf[i - 1]) open = true;
    if (tok.word) {
      out[i] = open ? 1 : 0;
      open = false;
    } else if ('“"«„‘:—–('.includes(tok.text)) open = true;
  });
  return out;
}
