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
  for (;;) {
    while (end > start && /[\s.!?;:,]/.test(text[end - 1])) end--;
    // A closing mark with no opening one in the content closes a quote around it ("… remains Al-Qaeda.”" inside a
    // speaker's own quotation): not the content's.
    if (end > start && unopened(text, start, end - 1)) end--;
    else return { start, end };
  }
}

/** Opening marks for each closing one (German „…“ closes with “); the apostrophe ’ is left alone. A closing mark is
 * the content's own where an opening one before it is still open. */
const OPENERS: Record<string, string> = { '”': '“„', '»': '«', '“': '„' };

function unopened(text: string, start: number, at: number): boolean {
  const mark = text[at];
  if (mark === '"') return (text.slice(start, at).split('"').length - 1) % 2 === 0;
  const openers = OPENERS[mark];
  if (!openers) return false;
  let depth = 0; // opening marks not yet closed before this one
  for (let i = start; i < at; i++) {
    if (openers.includes(text[i])) depth++;
    else if (text[i] === mark && depth > 0) depth--;
  }
  return depth === 0;
}
