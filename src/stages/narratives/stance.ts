// How the article carries a narrative in one sentence: it debunks it (refutes), passes on what someone else said
// (reports), agrees with what it passes on (endorses), or says it itself (asserts). Refutation wins: a debunk
// quotes the claim it debunks, so a verdict in the headline or lead makes every mention of the article a refutation.
import type { Doc, NarrativeStance, Quote, Sentence, Span } from '../../core/types.js';
import { attributedHeadline } from './headline.js';
import { negationBefore } from './negation.js';
import { within, type Mark, type Reading } from './reading.js';
import type { UnitMatch } from './score.js';

export interface StanceContext {
  doc: Doc;
  reading: Reading;
  sentences: readonly Sentence[];
  /** Token range of each sentence. */
  ranges: [number, number][];
  quotes: readonly Quote[];
  /** Worked out on first use: a verdict in the headline or lead makes the article a debunk. */
  debunk?: boolean;
}

/** The lead: this many body sentences after the headline. */
const LEAD = 2;
/** An endorsement may follow the reported claim by this many sentences ("… С этим трудно не согласиться."). */
const ENDORSE_AFTER = 2;

export function stanceOf(ctx: StanceContext, index: number, match: UnitMatch): { stance: NarrativeStance; evidence: Span } {
  const sentence = ctx.sentences[index];
  const [from] = ctx.ranges[index];
  const predicate = match.frame ? match.frame.predicate.from : null;
  const at = predicate !== null ? ctx.reading.tokens[predicate].start : sentence.start;
  const quote = ctx.quotes.find((q) => q.content.start <= at && at < q.content.end && !isOutlet(ctx.doc, q));
  const evidence = quote ? clip(sentence, quote.content, ctx.doc.text) : { start: sentence.start, end: sentence.end };
  ctx.debunk ??= debunkArticle(ctx);
  // frames.ts marks a negation right before the predicate; this looks through the whole clause, and tells the
  // outlet's "not" from someone's denial.
  const negation = predicate !== null ? negationBefore(ctx.reading, from, predicate) : null;
  if (ctx.debunk || negation === 'negated' || refuted(ctx, index, predicate)) return { stance: 'refutes', evidence };
  const reported = !!quote || negation === 'denied' || attributedHeadline(ctx.doc, ctx.reading, sentence, ctx.ranges[index]) || reportedSpeech(ctx, index, predicate);
  if (endorsed(ctx, index, reported)) return { stance: 'endorses', evidence };
  return { stance: reported ? 'reports' : 'asserts', evidence };
}

/** The stance marks of a sentence. */
function marks(ctx: StanceContext, index: number): Mark[] {
  const [from, to] = ctx.ranges[index];
  return within(ctx.reading.marks, from, to);
}

/**
 * A refutation cue in the outlet's voice: not after a speech cue of its sentence ("Kyiv called it propaganda" is
 * a reply it reports) and not itself negated ("it is not a myth"), except "without evidence", which is always the
 * outlet's aside.
 */
function ownRefutation(ctx: StanceContext, list: Mark[], m: Mark): boolean {
  if (m.kind !== 'refute') return false;
  if (m.id === 'refute-unsupported') return true;
  if (m.id === 'refute-lie' && liarIsWest(ctx.reading, m)) return false;
  if (list.some((x) => x.kind === 'report' && x.to <= m.from)) return false;
  return !list.some((x) => x.kind === 'negation' && x.id !== 'negation-denial' && x.to <= m.from && m.from - x.to <= 2);
}

// Words that make what follows a lie's topic or a new clause, not its teller ("lies about the US", "lie that …").
const NOT_THE_LIAR = new Set(['that', 'about', 'on', 'over', 'whether', 'что', 'о', 'об', 'про', 'будто', 'dass', 'über', 'von', 'que', "qu", 'sur', 'عن', 'أن', 'إن', 'بأن']);
/** How many words may stand between a lie and its teller ("the lies OF THE Western media"). */
const LIAR_GAP = 3;

/**
 * "The lies of the Western media", "ложь западных СМИ", "mensonges des médias occidentaux", "Western lies",
 * "the West lies": the West is called the liar, which is what narratives say, not a debunk of them.
 */
function liarIsWest(r: Reading, m: Mark): boolean {
  const westAt = (i: number) => r.participants.some((p) => p.actor && p.from <= i && i < p.to && p.concepts.includes('west'));
  for (let i = m.to; i < Math.min(r.tokens.length, m.to + LIAR_GAP + 1); i++) {
    if (!r.tokens[i].word || NOT_THE_LIAR.has(r.tokens[i].keys[0])) break;
    if (westAt(i)) return true;
  }
  for (let i = m.from - 1; i >= Math.max(0, m.from - 2); i--) {
    if (!r.tokens[i].word) break;
    if (westAt(i)) return true;
  }
  return false;
}

/** The headline or the lead holds a verdict ("Fact check", "false", "no evidence", "without evidence"). */
function debunkArticle(ctx: StanceContext): boolean {
  const paragraphs = ctx.doc.layers.paragraphs ?? [];
  let body = 0;
  for (let i = 0; i < ctx.sentences.length && body < LEAD; i++) {
    if (paragraphs[ctx.sentences[i].paragraph]?.kind !== 'title') body++;
    const list = marks(ctx, i);
    if (list.some((m) => m.id !== 'refute-distance' && ownRefutation(ctx, list, m))) return true;
  }
  return false;
}

/**
 * A refutation cue in the sentence or the one before or after it in the paragraph. A distancing word ("lies",
 * "propaganda") in the matched sentence counts only before the claim: after it, it is what the claim says
 * ("Western media spread lies").
 */
function refuted(ctx: StanceContext, index: number, predicate: number | null): boolean {
  const paragraph = ctx.sentences[index].paragraph;
  for (const j of [index - 1, index, index + 1]) {
    if (j < 0 || j >= ctx.sentences.length || ctx.sentences[j].paragraph !== paragraph) continue;
    const list = marks(ctx, j);
    const counts = (m: Mark) => ownRefutation(ctx, list, m) && (j !== index || m.id !== 'refute-distance' || (predicate !== null && m.to <= predicate));
    if (list.some(counts)) return true;
  }
  return false;
}

/**
 * A speech cue before the claim ("Kabulov said that …", "قال … إن", "laut Kabulow"), or after it behind a comma
 * ("…, erklärte er", "…, selon le Kremlin"). Without a frame the claim's place is unknown: any cue of the sentence.
 */
function reportedSpeech(ctx: StanceContext, index: number, predicate: number | null): boolean {
  const cues = marks(ctx, index).filter((m) => m.kind === 'report');
  if (predicate === null) return cues.length > 0;
  return cues.some((m) => m.to <= predicate || ctx.reading.tokens.slice(predicate, m.from).some((t) => t.raw === ','));
}

/** An agreement cue in the sentence, or (for a reported claim) in the next sentences of its paragraph. */
function endorsed(ctx: StanceContext, index: number, reported: boolean): boolean {
  const paragraph = ctx.sentences[index].paragraph;
  const last = reported ? index + ENDORSE_AFTER : index;
  for (let j = index; j <= last && j < ctx.sentences.length && ctx.sentences[j].paragraph === paragraph; j++) {
    if (marks(ctx, j).some((m) => m.kind === 'endorse')) return true;
  }
  return false;
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
