import { message } from '../../core/messages.js';
import type { Message, Span } from '../../core/types.js';

/** A stretch of quoted text: `start`/`end` include the marks; `inner` is the text between them. */
export interface Quoted extends Span {
  inner: Span;
  /** Closed by the end of a paragraph, not by a mark. */
  unclosed: boolean;
  /** Runs over more than one paragraph (each continued paragraph reopens with a mark). */
  paragraphs: number;
}

// Two apostrophes ('') are a double quotation mark in some wire and NYT text.
const MARKS = /''|["“”«»„‟‘’'‚‹›]/g;
const DOUBLE_CLOSERS: Record<string, string> = { '“': '”"“', '"': '"”“', '«': '»', '„': '“”"', '‟': '”"', '»': '«', '”': '”"' };
const SINGLE = new Set(["'", '‘', '’', '‚', '‹', '›']);

const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const opensBefore = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/:]/.test(c);

/**
 * Pairs quotation marks in every common style. Top-level quotes only: marks nested in an open quote are part of it.
 * Apostrophes (don't, America’s, ’90s) never open a quote. A quote still open at a paragraph end continues when the next
 * paragraph opens with a mark (the English convention); otherwise it is closed there with a message. A closing mark
 * with nothing open is reported and ignored.
 */
export function findQuoted(text: string, paragraphs: Span[], source: string): { quoted: Quoted[]; messages: Message[] } {
  const quoted: Quoted[] = [];
  const messages: Message[] = [];
  let open: { mark: string; at: number; closers: string; single: boolean; paragraphs: number; width: number } | null = null;
  let para = 0;
  const closeAtParagraphEnd = (p: Span): void => {
    if (!open) return;
    const next = paragraphs[para + 1];
    const reopens = next && !open.single && /^["“«„]|^''/.test(text.slice(next.start, next.start + 2));
    if (reopens) {
      open.paragraphs++;
      return;
    }
    if (!open.single) {
      messages.push(message(source, 'unbalanced-quote', 'warning', `Quotation mark ${open.mark} is never closed; the quote is taken to end with its paragraph.`, { start: open.at, end: open.at + 1 }));
      quoted.push({ start: open.at, end: p.end, inner: { start: open.at + open.width, end: p.end }, unclosed: true, paragraphs: open.paragraphs });
    }
    open = null;
  };
  const reopenSkip = new Set<number>();
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKS.exec(text))) {
    const i = m.index;
    const c = m[0] === "''" ? '"' : m[0];
    const width = m[0].length;
    while (paragraphs[para] && paragraphs[para].end <= i) {
      if (open) {
        const next = paragraphs[para + 1];
        closeAtParagraphEnd(paragraphs[para]);
        if (open && next) reopenSkip.add(next.start);
      }
      para++;
    }
    if (reopenSkip.has(i)) continue;
    const prev = text[i - 1];
    const next = text[i + width];
    if (SINGLE.has(c)) {
      if ((c === "'" || c === '’') && isWord(prev) && isWord(next)) continue; // don't, America’s
      if ((c === "'" || c === '’' || c === '‘') && /\p{N}/u.test(next ?? '') && !open) continue; // ’90s
      if (open && !open.single) continue; // nested in a double quote
      if (open && open.single) {
        const closing = !isSpace(prev) && !isWord(next);
        const possessive = prev === 's' && isSpace(next) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
        if (closing && !possessive && c !== '‘') {
          push(quoted, open.at, i + 1, false, open.paragraphs);
          open = null;
        }
        continue;
      }
      if ((c === '‘' || c === "'" || c === '‚' || c === '‹') && opensBefore(prev) && isWord(next)) {
        open = { mark: c, at: i, closers: c === '‹' ? '›' : "'’", single: true, paragraphs: 1, width: 1 };
      }
      continue;
    }
    if (open && !open.single) {
      // French sets guillemets off with spaces (« … »): a closing guillemet closes whatever stands around it.
      const closingContext = c === '»' || !isSpace(prev) || isSpace(next);
      if (open.closers.includes(c) && closingContext) {
        push(quoted, open.at, i + width, false, open.paragraphs, open.width, width);
        open = null;
      }
      continue;
    }
    // Nothing open, or only a single quote (a double mark overrides it).
    const opening = opensBefore(prev) && !isSpace(next);
    if (c === '«' || c === '„' || c === '‟' || c === '“' || (c === '"' && opening) || (c === '»' && opening) || (c === '”' && opening && isWord(next))) {
      open = { mark: m[0], at: i, closers: DOUBLE_CLOSERS[c] ?? '"', single: false, paragraphs: 1, width };
      continue;
    }
    if (!open) {
      messages.push(message(source, 'unbalanced-quote', 'warning', `Closing quotation mark ${c} with no opening mark; ignored.`, { start: i, end: i + 1 }, {
        note: 'Often a quote that the page closed twice, or one whose opening mark was lost; the text before it may still be the speaker’s words.',
      }));
    }
  }
  while (paragraphs[para]) {
    closeAtParagraphEnd(paragraphs[para]);
    if (open) open = null;
    para++;
  }
  return { quoted, messages };
}

function push(out: Quoted[], start: number, end: number, unclosed: boolean, paragraphs: number, openWidth = 1, closeWidth = 1): void {
  out.push({ start, end, inner: { start: start + openWidth, end: end - closeWidth }, unclosed, paragraphs });
}
