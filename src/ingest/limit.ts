// The cap on the text handed to the analysis stages. Analysis costs grow with the text (and some steps faster than
// linearly), so a hostile or mistaken page of megabytes of prose would stall a batch; no news article comes near
// the cap, so cutting there (at a paragraph break, with a warning on the document) loses nothing real.
import { createDoc } from '../core/doc.js';
import { message } from '../core/messages.js';
import type { Doc, SourceSegment } from '../core/types.js';

/** Characters of clean text analysed per document (about 35,000 words, far beyond any article). */
export const DEFAULT_MAX_CHARS = 200_000;

/** The document itself when its text is within `maxChars`; otherwise a document cut at a paragraph (or line, or word) break before the cap. */
export function capText(doc: Doc, maxChars: number = DEFAULT_MAX_CHARS, fullLength = doc.text.length): Doc {
  if (doc.text.length <= maxChars) return doc;
  const cut = cutPoint(doc.text, maxChars);
  const text = doc.text.slice(0, cut).trimEnd();
  const dropped = fullLength - text.length;
  const warning = message('ingest-limit', 'text-truncated', 'warning', `The text has ${fullLength} characters; only the first ${text.length} are analysed (the limit is ${maxChars}; raise it with --max-chars). ${dropped} characters were left out.`, null, {
    actual: String(fullLength),
    expected: String(maxChars),
  });
  return createDoc({ text, meta: doc.meta, source: doc.source, sourceMap: cutMap(doc.sourceMap, text.length), messages: [...doc.messages, warning] });
}

/** The last paragraph break before the cap when there is one in its last tenth; else a line break, a space, or the cap. */
function cutPoint(text: string, max: number): number {
  const floor = Math.floor(max * 0.9);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(sep, max - sep.length);
    if (at >= floor) return at;
  }
  // Never split a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Source segments up to `end`; one that crosses it is trimmed when it maps character for character, else dropped. */
function cutMap(map: SourceSegment[], end: number): SourceSegment[] {
  const out: SourceSegment[] = [];
  for (const s of map) {
    if (s.end <= end) out.push(s);
    else if (s.start < end && s.end - s.start === s.sourceEnd - s.sourceStart) out.push({ ...s, end, sourceEnd: s.sourceStart + (end - s.start) });
  }
  return out;
}
