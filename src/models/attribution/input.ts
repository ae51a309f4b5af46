// What the tagger sees of a document: tokens, their sentence, whether they are quoted, and word rates learned on
// PolNeAR train. Built once per document from the text and the segment stage's sentences.
import type { Paragraph, Sentence, Span } from '../../core/types.js';
import { tokenize, type Token } from './tokens.js';

export interface TokenSentence {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
  /** Index of the sentence's paragraph, and whether that paragraph is the headline. */
  paragraph: number;
  title: boolean;
  /** First sentence of its paragraph. */
  leads: boolean;
}

/** 0 outside quotation marks, 1 inside, 2 an opening mark, 3 a closing mark. */
export type QuoteState = 0 | 1 | 2 | 3;

export interface TagInput {
  text: string;
  tokens: Token[];
  lower: string[];
  sentences: TokenSentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  quote: Uint8Array;
}

/** Lower case, with ’ as ' (rates and features see "don't" and "don’t" as one word). */
export function lowerOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Builds the input from sentences (token ranges), paragraphs and quoted stretches (marks included). */
export function buildInput(text: string, sentences: readonly Sentence[], paragraphs: readonly Paragraph[], quoted: readonly Span[]): TagInput {
  const tokens: Token[] = [];
  const out: TokenSentence[] = [];
  let lastParagraph = -1;
  for (const s of sentences) {
    const from = tokens.length;
    for (const t of tokenize(text, s.start, s.end)) tokens.push(t);
    if (tokens.length === from) continue;
    out.push({ from, to: tokens.length, paragraph: s.paragraph, title: paragraphs[s.paragraph]?.kind === 'title', leads: s.paragraph !== lastParagraph });
    lastParagraph = s.paragraph;
  }
  const sentenceOf = new Int32Array(tokens.length);
  out.forEach((s, k) => sentenceOf.fill(k, s.from, s.to));
  const quote = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < quoted.length && quoted[q].end <= t.start) q++;
    const r = quoted[q];
    if (!r || r.start >= t.end) continue;
    quote[i] = t.start === r.start ? 2 : t.end === r.end ? 3 : 1;
  }
  return { text, tokens, lower: tokens.map((t) => lowerOf(t.text)), sentences: out, sentenceOf, quote };
}
