import { createDoc } from '../core/doc.js';
import { message } from '../core/messages.js';
import { SourceMapBuilder } from '../core/source-map.js';
import { ClaimtrailError } from '../core/errors.js';
import type { Doc, Message } from '../core/types.js';
import { capText } from './limit.js';
import { isDebrisLine, looksLikeTitle, parseBylineLine } from './text-lines.js';

export interface TextInputOptions {
  name: string;
  encoding?: string;
  bytes?: number;
  /** Characters of text kept for analysis (default DEFAULT_MAX_CHARS); beyond it the text is cut with a warning. */
  maxChars?: number;
}

interface Line {
  text: string;
  start: number;
}

/**
 * Plain text (a copied or scraped article) → Doc. The first line becomes the title where it looks like one
 * (it stays in the text as the first paragraph, so its claim can be analysed); trailing page debris is
 * dropped; a trailing author line becomes the byline. Paragraphs are joined with a blank line.
 */
export function fromText(source: string, options: TextInputOptions): Doc {
  const lines = splitLines(source);
  const messages: Message[] = [];
  let last = lines.length - 1;
  let byline: string | null = null;
  let authors: string[] = [];
  // Walk up from the end, dropping debris and taking one author line.
  while (last >= 0) {
    const line = lines[last].text;
    if (!line || isDebrisLine(line)) {
      if (line) messages.push(message('ingest-text', 'debris-removed', 'info', `Removed page debris "${line}".`, null));
      last--;
      continue;
    }
    if (byline === null) {
      const parsed = parseBylineLine(line, lines.slice(0, last).some((l) => l.text));
      if (parsed) {
        byline = parsed.byline;
        authors = parsed.authors;
        last--;
        continue;
      }
    }
    break;
  }
  const kept = lines.slice(0, last + 1);
  const first = kept.findIndex((l) => l.text);
  if (first < 0) throw new ClaimtrailError('INPUT_EMPTY', { input: options.name });
  const title = looksLikeTitle(kept[first].text, kept.slice(first + 1)) ? kept[first].text : null;
  const hasBlankLines = kept.slice(first).some((l) => !l.text);

  // Group lines into paragraphs: blocks between blank lines, or single lines when the file has no blank lines.
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  kept.slice(first).forEach((line, i) => {
    if (!line.text) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else if (!hasBlankLines || (i === 0 && title)) {
      if (current.length) paragraphs.push(current);
      paragraphs.push([line]);
      current = [];
    } else current.push(line);
  });
  if (current.length) paragraphs.push(current);

  let text = '';
  const map = new SourceMapBuilder();
  paragraphs.forEach((para, p) => {
    if (p > 0) text += '\n\n';
    para.forEach((line, l) => {
      if (l > 0) text += '\n';
      map.add(text.length, text.length + line.text.length, line.start, line.start + line.text.length);
      text += line.text;
    });
  });
  const doc = createDoc({
    text,
    meta: { title, byline, authors },
    source: { name: options.name, kind: 'text', encoding: options.encoding ?? 'utf-8', bytes: options.bytes ?? Buffer.byteLength(source) },
    sourceMap: map.segments,
    messages,
  });
  return capText(doc, options.maxChars);
}

/** Lines with their offsets in the source, trimmed (offsets point at the trimmed text). */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) && m[0].length) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    lines.push({ text: raw.trim(), start: m.index + lead });
  }
  return lines;
}
