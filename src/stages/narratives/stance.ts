// How the article carries a narrative in one sentence: it debunks it (refutes), passes on what someone else said
// (reports), or says it itself (asserts). Refutation wins: a debunk quotes the claim it debunks.
import type { Doc, NarrativeStance, Quote, Sentence, Span } from '../../core/types.js';
import { within, type Reading } from './reading.js';
import type { UnitMatch } from './score.js';

export interface StanceContext {
  doc: Doc;
  reading: Reading;
  sentences: readonly Sentence[];
  /** Token range of each sentence. */
  ranges: [number, number][];
  quotes: readonly Quote[];
}

// A headline "Zamir Kabulov: America created ISIS" gives the speaker's words.
const SPEAKER_HEADLINE = /^[^:\n]{2,60}:\s/u;

export function stanceOf(ctx: StanceContext, index: number, match: UnitMatch): { stance: NarrativeStance; evidence: Span } {
  const sentence = ctx.sentences[index];
  const at = match.frame ? ctx.reading.tokens[match.frame.predicate.from].start : sentence.start;
  const quote = ctx.quotes.find((q) => q.content.start <= at && at < q.content.end && !isOutlet(ctx.doc, q));
  const evidence = quote ? clip(sentence, quote.content, ctx.doc.text) : { start: sentence.start, end: sentence.end };
  if (match.negated || refuted(ctx, index)) return { stance: 'refutes', evidence };
  if (quote || speakerHeadline(ctx, index) || reportedSpeech(ctx, index, at)) return { stance: 'reports', evidence };
  return { stance: 'asserts', evidence };
}

/** A refutation cue in the sentence, or in the one before or after it within the paragraph. */
function refuted(ctx: StanceContext, index: number): boolean {
  const paragraph = ctx.sentences[index].paragraph;
  for (const j of [index - 1, index, index + 1]) {
    if (j < 0 || j >= ctx.sentences.length || ctx.sentences[j].paragraph !== paragraph) continue;
    const [from, to] = ctx.ranges[j];
    if (within(ctx.reading.marks, from, to).some((m) => m.kind === 'refute')) return true;
  }
  return false;
}

function speakerHeadline(ctx: StanceContext, index: number): boolean {
  const paragraphs = ctx.doc.layers.paragraphs ?? [];
  const sentence = ctx.sentences[index];
  if (paragraphs[sentence.paragraph]?.kind !== 'title') return false;
  const text = ctx.doc.text.slice(sentence.start, sentence.end);
  const prefix = SPEAKER_HEADLINE.exec(text);
  if (!prefix) return false;
  const end = sentence.start + prefix[0].length;
  return (ctx.doc.layers.entities ?? []).some((e) => (e.type === 'person' || e.type === 'organization') && e.mentions.some((m) => m.start >= sentence.start && m.end <= end));
}

/** Where the quotes layer found nothing in the sentence, a speech cue before the claim ("قال … إن", "selon lui"). */
function reportedSpeech(ctx: StanceContext, index: number, at: number): boolean {
  const sentence = ctx.sentences[index];
  if (ctx.quotes.some((q) => q.content.start < sentence.end && sentence.start < q.content.end)) return false;
  const [from, to] = ctx.ranges[index];
  return within(ctx.reading.marks, from, to).some((m) => m.kind === 'report' && ctx.reading.tokens[m.from].start <= at);
}

/** A quote whose speaker is the outlet itself is the author's voice. */
function isOutlet(doc: Doc, q: Quote): boolean {
  const site = doc.meta.siteName?.toLowerCase();
  return !!site && !!q.speaker && q.speaker.name.toLowerCase() === site;
}

const EDGE = /[\s"'“”‘’«»„]/u;

function clip(sentence: Sentence, content: Span, text?: string): Span {
  let start = Math.max(sentence.start, content.start);
  let end = Math.min(sentence.end, content.end);
  if (text) {
    while (start < end && EDGE.test(text[start])) start++;
    while (end > start && EDGE.test(text[end - 1])) end--;
  }
  return { start, end };
}
