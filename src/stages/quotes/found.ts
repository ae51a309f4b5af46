import type { QuoteKind, Sentence, Span } from '../../core/types.js';

/** An attribution found in the text, before the speaker is resolved to an entity and a venue is attached. */
export interface Found {
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  source: Span | null;
  /** For an addressee ("told RTVI"): a candidate venue. */
  addressee: Span | null;
}

/** The sentence containing `pos` (binary search; sentences are sorted), or null between sentences. */
export function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

export function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `span` without leading/trailing whitespace and, at the end, the sentence's final punctuation. */
export function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.!?;:,]/.test(text[end - 1])) end--;
  return { start, end };
}
