// Builds the clean text piece by piece: collapses whitespace, separates paragraphs with "\n\n" and records
// where every emitted run came from in the decoded HTML.
import { SourceMapBuilder } from '../../core/source-map.js';
import type { SourceSegment } from '../../core/types.js';
import type { TextNode } from './tree.js';

const WHITESPACE = /\s+/g;

export class TextWriter {
  /** Characters past `limit`, counted but not kept: a huge page's text is never built whole only to be cut. */
  private overflow = 0;

  constructor(private readonly limit = Infinity) {}

  private readonly parts: string[] = [];
  private readonly map = new SourceMapBuilder();
  private length = 0;
  /** Break owed before the next text: 0 none, 1 line ("\n"), 2 paragraph ("\n\n"). */
  private pending = 0;
  private space = false;

  get size(): number {
    return this.length;
  }

  /** Characters written, kept or not. */
  get total(): number {
    return this.length + this.overflow;
  }

  paragraphBreak(): void {
    if (this.length) this.pending = 2;
  }

  /** A <br>: one is a line break, two in a row a paragraph break. */
  lineBreak(): void {
    if (this.length) this.pending = this.pending >= 1 ? 2 : 1;
  }

  /** A text chunk from the tree; `pre` keeps its line breaks. */
  writeNode(node: TextNode, pre = false): void {
    const { text, start, end } = node;
    if (text.length !== end - start) {
      // A decoded entity: one run with its real source extent (or just a space for &nbsp;).
      if (/^\s+$/.test(text)) this.markSpace();
      else this.emit(text, start, end);
      return;
    }
    let last = 0;
    WHITESPACE.lastIndex = 0;
    for (let m = WHITESPACE.exec(text); m; m = WHITESPACE.exec(text)) {
      if (m.index > last) this.emit(text.slice(last, m.index), start + last, start + m.index);
      if (pre && m[0].includes('\n')) this.lineBreak();
      else this.markSpace();
      last = m.index + m[0].length;
    }
    if (last < text.length) this.emit(text.slice(last), start + last, start + text.length);
  }

  /** Text made up by the ingest (no source), e.g. a title taken from metadata. */
  writeUnmapped(text: string): void {
    this.emit(text.replace(WHITESPACE, ' ').trim(), -1, -1);
  }

  /** Appends another writer's output, shifting its source map. */
  append(other: TextWriter): void {
    const { text, sourceMap } = other.finish();
    if (!text) return;
    this.emit('', -1, -1);
    const offset = this.length;
    this.parts.push(text);
    this.length += text.length;
    for (const s of sourceMap) this.map.add(s.start + offset, s.end + offset, s.sourceStart, s.sourceEnd);
    this.pending = 0;
    this.space = false;
  }

  finish(): { text: string; sourceMap: SourceSegment[] } {
    return { text: this.parts.join(''), sourceMap: this.map.segments.slice() };
  }

  private markSpace(): void {
    if (this.length) this.space = true;
  }

  private emit(piece: string, sourceStart: number, sourceEnd: number): void {
    if (this.length >= this.limit) {
      this.overflow += piece.length + (this.pending || (this.space ? 1 : 0));
      this.pending = 0;
      this.space = false;
      return;
    }
    if (this.length) {
      const sep = this.pending === 2 ? '\n\n' : this.pending === 1 ? '\n' : this.space ? ' ' : '';
      if (sep) {
        this.parts.push(sep);
        this.length += sep.length;
      }
    }
    this.pending = 0;
    this.space = false;
    if (!piece) return;
    this.parts.push(piece);
    if (sourceStart >= 0) this.map.add(this.length, this.length + piece.length, sourceStart, sourceEnd);
    this.length += piece.length;
  }
}
