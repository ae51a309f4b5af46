import type { SourceSegment, Span } from './types.js';

/** Maps a span of the clean text back to the decoded source, or null where the text was made up by the ingest. */
export function toSource(map: SourceSegment[], span: Span): Span | null {
  const first = segmentAt(map, span.start);
  const last = segmentAt(map, Math.max(span.start, span.end - 1));
  if (!first || !last) return null;
  return { start: mapOffset(first, span.start), end: mapOffset(last, span.end) };
}

function segmentAt(map: SourceSegment[], offset: number): SourceSegment | undefined {
  let lo = 0;
  let hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = map[mid];
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.end) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

function mapOffset(seg: SourceSegment, offset: number): number {
  const textLength = seg.end - seg.start;
  const sourceLength = seg.sourceEnd - seg.sourceStart;
  if (textLength === sourceLength) return seg.sourceStart + (offset - seg.start);
  // A rewritten run (an entity, collapsed whitespace): offsets inside it land on its edges.
  return offset <= seg.start ? seg.sourceStart : seg.sourceEnd;
}

/** Collects segments while text is built piece by piece, merging contiguous verbatim runs. */
export class SourceMapBuilder {
  readonly segments: SourceSegment[] = [];

  add(start: number, end: number, sourceStart: number, sourceEnd: number): void {
    if (end <= start) return;
    const prev = this.segments[this.segments.length - 1];
    if (prev && prev.end === start && prev.sourceEnd === sourceStart && prev.end - prev.start === prev.sourceEnd - prev.sourceStart && end - start === sourceEnd - sourceStart) {
      prev.end = end;
      prev.sourceEnd = sourceEnd;
      return;
    }
    this.segments.push({ start, end, sourceStart, sourceEnd });
  }
}
