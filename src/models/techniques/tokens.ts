// Tokens with offsets, and what the features need to know about each one in its document (sentence, quotes, cues,
// repetition). Computed once per document in linear time: a 1 MB text stays bounded.
import type { Span } from '../../core/types.js';
import type { CueIndex } from './cues.js';
import { constant, part, type Part } from './parts.js';

export interface Tok {
  start: number;
  end: number;
  lower: string;
  /** 'x' lower word, 'X' capitalised, 'A' all caps, 'd' number, 'p' punctuation. */
  shape: 'x' | 'X' | 'A' | 'd' | 'p';
  sentence: number;
  quoted: boolean;
  /** The lower-cased word as a feature part: hashed once here, mixed into every feature that uses it. */
  part: Part;
  shapePart: Part;
  /** Last three letters of words longer than four (a feature part), else null. */
  suffix: Part | null;
  /** First and last four letters of words of five or more (span features), else null. */
  edges: [Part, Part] | null;
  /** Index of the token's lower-cased form in DocTokens.words (per-word values are computed once per document). */
  word: number;
}

export interface DocTokens {
  text: string;
  toks: Tok[];
  /** Per sentence: [first token, end token). */
  sentences: Array<{ from: number; to: number; question: boolean; exclaim: boolean; cues: string[]; cueParts: Part[] }>;
  cues: string[][];
  /** The same cue categories as feature parts (hashed once per document, not per feature). */
  cueParts: Part[][];
  /** Lower-cased form of each token (for the cue index). */
  lower: string[];
  /** How often each lower-cased word occurs in the document. */
  freq: Map<string, number>;
  /** The distinct lower-cased forms (Tok.word indexes them). */
  words: string[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Letters, marks and digits: an ASCII table first, the Unicode classes for the rest. */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
}

/**
 * Tokens of text[from, to): words (letters, marks, digits, joined by one ' ’ or - between word characters) and
 * single other non-space characters, as the regex /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/u
 * would find them, scanned by hand (a third of the regex's time on news text).
 */
export function scanTokens(text: string, from: number, to: number, onToken: (start: number, end: number, word: boolean) => void): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    if (isWordChar(c, text, i)) {
      let j = i + width;
      for (;;) {
        while (j < to) {
          const d = text.charCodeAt(j);
          if (!isWordChar(d, text, j)) break;
          j += d >= 0xd800 && d <= 0xdbff && j + 1 < to ? 2 : 1;
        }
        const joiner = text.charCodeAt(j);
        if (j + 1 < to && (joiner === 39 || joiner === 0x2019 || joiner === 45) && isWordChar(text.charCodeAt(j + 1), text, j + 1)) j += 1;
        else break;
      }
      onToken(i, j, true);
      i = j;
    } else {
      if (!isSpace(c)) onToken(i, i + width, false);
      i += width;
    }
  }
}
const NO_PARTS: Part[] = [];
const SHAPES = { x: constant('x'), X: constant('X'), A: constant('A'), d: constant('d'), p: constant('p') };
const OPEN_QUOTE = new Set(['“', '«', '„']);
const CLOSE_QUOTE = new Set(['”', '»']);

/** Lower-cased words of a phrase (for lexicon entries). */
export function wordsOf(phrase: string): string[] {
  return (phrase.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{M}\p{N}*]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? []);
}

/** The shape of a word (group 1 of TOKEN) given its lower-cased form; punctuation is 'p' without a call. */
function shapeOf(word: string, lower: string): Tok['shape'] {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  // A word that starts with a combining mark counts as punctuation (rare; kept as the features were trained).
  if (c >= 0x300 && !LETTER_OR_DIGIT.test(word[0])) return 'p';
  if (word === lower) return 'x';
  if (word.length > 1 && word === word.toUpperCase()) return 'A';
  return word[0] !== lower[0] ? 'X' : 'x';
}

type WordParts = Pick<Tok, 'part' | 'suffix' | 'edges' | 'word'>;

function wordParts(lower: string, word: number): WordParts {
  return {
    word,
    part: part(lower),
    suffix: lower.length > 4 ? part(lower.slice(-3)) : null,
    edges: lower.length >= 5 ? [part(lower.slice(0, 4)), part(lower.slice(-4))] : null,
  };
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * The last character of text[start, end) once trailing white space and then closing quotes and brackets are cut,
 * '' where none is left: text.slice(start, end).trimEnd().replace(/["'”’»)\]]+$/u, '').slice(-1) without building
 * the sentence's copy (/\s/ is the set trimEnd removes).
 */
export function lastMark(text: string, start: number, end: number): string {
  let j = end;
  while (j > start && SPACE.test(text[j - 1])) j--;
  while (j > start && CLOSERS.has(text[j - 1])) j--;
  return j > start ? text[j - 1] : '';
}

export function tokenizeDoc(text: string, sentences: readonly Span[], cueIndex: CueIndex): DocTokens {
  const toks: Tok[] = [];
  const sents: DocTokens['sentences'] = [];
  // Word (not punctuation) occurrences per distinct form; the freq map is built from them at the end.
  const counts: number[] = [];
  // Each distinct word is hashed once per document.
  const parts = new Map<string, WordParts>();
  const words: string[] = [];
  let quoted = false;
  for (let s = 0; s < sentences.length; s++) {
    const { start, end } = sentences[s];
    const from = toks.length;
    // A straight quote opens or closes; quotes never run across a paragraph (line) break.
    if (s > 0 && text.lastIndexOf('\n', start) > sentences[s - 1].end - 1) quoted = false;
    scanTokens(text, start, end, (a, b, isWord) => {
      const raw = text.slice(a, b);
      let lower = raw.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      const shape = isWord ? shapeOf(raw, lower) : 'p';
      if (shape === 'p') {
        if (OPEN_QUOTE.has(raw) || (raw === '"' && !quoted)) quoted = true;
        else if (CLOSE_QUOTE.has(raw) || raw === '"') quoted = false;
      }
      let wp = parts.get(lower);
      if (!wp) {
        parts.set(lower, (wp = wordParts(lower, words.length)));
        words.push(lower);
        counts.push(0);
      }
      if (shape !== 'p') counts[wp.word]++;
      // Fields written out (not spread): one object shape, no copy loop per token. The word's first string is kept
      // (its hash is computed once for every map the stages look it up in; this token's copy is dropped young).
      toks.push({ start: a, end: b, lower: words[wp.word], shape, sentence: s, quoted: shape === 'p' ? false : quoted, shapePart: SHAPES[shape], part: wp.part, suffix: wp.suffix, edges: wp.edges, word: wp.word });
    });
    const last = lastMark(text, start, end);
    sents.push({ from, to: toks.length, question: last === '?', exclaim: last === '!', cues: [], cueParts: [] });
  }
  const freq = new Map<string, number>();
  for (let k = 0; k < words.length; k++) if (counts[k]) freq.set(words[k], counts[k]);
  const lower = toks.map((t) => t.lower);
  const cues = cueIndex.match(lower);
  const cueParts = cues.map((list) => (list.length ? list.map(constant) : NO_PARTS));
  for (const s of sents) {
    const set = new Set<string>();
    for (let i = s.from; i < s.to; i++) for (const c of cues[i]) set.add(c);
    s.cues = [...set];
    s.cueParts = s.cues.map(constant);
  }
  return { text, toks, sentences: sents, cues, cueParts, lower, freq, words };
}
