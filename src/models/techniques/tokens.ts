// Tokens with offsets, and what the features need to know about each one in its document (sentence, quotes, cues,
// repetition). Computed once per document in linear time: a 1 MB text stays bounded.
import type { Span } from '../../core/types.js';
import type { CueIndex } from './cues.js';

export interface Tok {
  start: number;
  end: number;
  lower: string;
  /** 'x' lower word, 'X' capitalised, 'A' all caps, 'd' number, 'p' punctuation. */
  shape: 'x' | 'X' | 'A' | 'd' | 'p';
  sentence: number;
  quoted: boolean;
}

export interface DocTokens {
  text: string;
  toks: Tok[];
  /** Per sentence: [first token, end token). */
  sentences: Array<{ from: number; to: number; question: boolean; exclaim: boolean; cues: string[] }>;
  cues: string[][];
  /** Lower-cased form of each token (for the cue index). */
  lower: string[];
  /** How often each lower-cased word occurs in the document. */
  freq: Map<string, number>;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const OPEN_QUOTE = new Set(['“', '«', '„']);
const CLOSE_QUOTE = new Set(['”', '»']);

/** Lower-cased words of a phrase (for lexicon entries). */
export function wordsOf(phrase: string): string[] {
  return (phrase.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{M}\p{N}*]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? []);
}

function shapeOf(word: string): Tok['shape'] {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (!/[\p{L}\p{N}]/u.test(word[0])) return 'p';
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return 'A';
  return word[0] !== word[0].toLowerCase() ? 'X' : 'x';
}

export function tokenizeDoc(text: string, sentences: readonly Span[], cueIndex: CueIndex): DocTokens {
  const toks: Tok[] = [];
  const sents: DocTokens['sentences'] = [];
  const freq = new Map<string, number>();
  let quoted = false;
  for (let s = 0; s < sentences.length; s++) {
    const { start, end } = sentences[s];
    const from = toks.length;
    // A straight quote opens or closes; quotes never run across a paragraph (line) break.
    if (s > 0 && text.lastIndexOf('\n', start) > sentences[s - 1].end - 1) quoted = false;
    TOKEN.lastIndex = 0;
    const slice = text.slice(start, end);
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(slice))) {
      const raw = m[0];
      const lower = raw.toLowerCase().replace(/’/g, "'");
      const shape = shapeOf(raw);
      if (shape === 'p') {
        if (OPEN_QUOTE.has(raw) || (raw === '"' && !quoted)) quoted = true;
        else if (CLOSE_QUOTE.has(raw) || raw === '"') quoted = false;
      } else freq.set(lower, (freq.get(lower) ?? 0) + 1);
      toks.push({ start: start + m.index, end: start + m.index + raw.length, lower, shape, sentence: s, quoted: shape === 'p' ? false : quoted });
    }
    const last = slice.trimEnd().replace(/["'”’»)\]]+$/u, '').slice(-1);
    sents.push({ from, to: toks.length, question: last === '?', exclaim: last === '!', cues: [] });
  }
  const lower = toks.map((t) => t.lower);
  const cues = cueIndex.match(lower);
  for (const s of sents) {
    const set = new Set<string>();
    for (let i = s.from; i < s.to; i++) for (const c of cues[i]) set.add(c);
    s.cues = [...set];
  }
  return { text, toks, sentences: sents, cues, lower, freq };
}
