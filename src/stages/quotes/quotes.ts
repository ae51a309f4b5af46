import { withLayers, withMessages } from '../../core/doc.js';
import { message } from '../../core/messages.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Message, Quote, Sentence, Span } from '../../core/types.js';
import { findCues, type Cue } from './cues.js';
import { attributeQuoted } from './direct.js';
import { COMPLEMENTISERS } from './words.js';
import { wordCount, type Found } from './found.js';
import { attributeCue } from './indirect.js';
import { compileLexicon, loadCueEntries, type CueLexicon } from './lexicon.js';
import { findQuoted, type Quoted } from './marks.js';
import { indexMentions, resolveSpeaker, type MentionRef } from './speaker.js';
import { attachVenues } from './attach-venues.js';

export interface QuotesOptions {
  /** Cues whose PolNeAR-train weight is below this are not used (default 0.3). */
  minWeight?: number;
  /** A quoted stretch with no speaker and fewer words than this is taken as a scare quote or a title, not a quote (default 5). */
  minUnattributedWords?: number;
}

const SOURCE = 'quotes';

/** Direct, indirect and mixed quotes with speaker, cue and venue. */
export const quotes = defineStage<QuotesOptions | undefined>({
  name: 'quotes',
  requires: ['sentences', 'entities'],
  assigns: ['quotes'],
  create(options) {
    const entries = loadCueEntries();
    const minWeight = options?.minWeight ?? 0.3;
    const minWords = options?.minUnattributedWords ?? 5;
    const all = compileLexicon(entries, null, minWeight);
    const byLanguage = new Map<string, CueLexicon>();
    const lexiconFor = (lang: string | null): CueLexicon => {
      if (!lang || !entries.some((e) => e.lang === lang)) return all;
      let lexicon = byLanguage.get(lang);
      if (!lexicon) byLanguage.set(lang, (lexicon = compileLexicon(entries, new Set([lang]), minWeight)));
      return lexicon;
    };
    return function findQuotes(doc: Doc): Doc {
      const { text } = doc;
      const sentences = doc.layers.sentences ?? [];
      const mentions = indexMentions(doc.layers.entities ?? []);
      const { quoted, messages } = findQuoted(text, paragraphsOf(doc, sentences), SOURCE);
      const cues = findCues(text, lexiconFor(doc.meta.language), quoted);
      const found = attribute(text, sentences, quoted, cues, minWords);
      const out: Quote[] = found.map((f, i) => ({
        id: `q${i + 1}`,
        kind: f.kind,
        content: f.content,
        cue: f.cue,
        speaker: f.source ? resolveSpeaker(text, f.source, mentions) : null,
        venue: null,
      }));
      inheritSpeakers(text, out, found);
      const withVenues = attachVenues(text, out, found, sentences, mentions);
      return withMessages(withLayers(doc, { quotes: withVenues }), [...messages, ...speakerless(withVenues)]);
    };
  },
});

function attribute(text: string, sentences: Sentence[], quoted: Quoted[], cues: Cue[], minWords: number): Found[] {
  const used = new Set<Cue>();
  const byQuote = new Map<Quoted, Found>();
  quoted.forEach((q, i) => {
    const f = attributeQuoted(text, q, i > 0 ? quoted[i - 1].end : 0, sentences, cues, used);
    if (f) byQuote.set(q, f);
  });
  const out: Found[] = [...byQuote.values()];
  const taken: Span[] = out.map((f) => f.content);
  // Every remaining cue proposes an attribution; the most likely ones win where they compete for the same words
  // (PolNeAR is univocal: a token belongs to at most one attribution, and a cue inside another's content is not a cue).
  const candidates: { found: Found; score: number }[] = [];
  for (const cue of cues) {
    if (used.has(cue) || overlapsAny(cue, taken)) continue;
    const f = attributeCue(text, cue, sentences, quoted);
    if (f) candidates.push({ found: f, score: score(text, cue, f) });
  }
  candidates.sort((a, b) => b.score - a.score || a.found.content.start - b.found.content.start);
  const cueSpans: Span[] = [];
  for (const { found: f } of candidates) {
    if (overlapsAny(f.content, taken) || overlapsAny(f.content, cueSpans) || (f.cue && overlapsAny(f.cue, taken))) continue;
    out.push(f);
    taken.push(f.content);
    if (f.cue) cueSpans.push(f.cue);
  }
  // Quoted stretches nobody introduced: long ones are quotes with no speaker found; short ones are scare quotes.
  for (const q of quoted) {
    if (byQuote.has(q) || overlapsAny(q, taken) || wordCount(text, q.inner) < minWords) continue;
    out.push({ kind: 'direct', content: { start: q.start, end: q.end }, cue: null, source: null, addressee: null });
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

/** How likely a cue's attribution is: the cue's weight, more with a that-clause or a clause-final "…, X said." */
function score(text: string, cue: Cue, f: Found): number {
  let value = cue.entry.weight ?? 0.7;
  if (COMPLEMENTISERS.test(text.slice(f.content.start, f.content.start + 6))) value += 0.3;
  if (f.content.end <= cue.start) value += 0.2;
  return value;
}

/**
 * A direct quote with no speaker of its own continues the previous direct quote's speaker when nothing lies between
 * them but that quote's own attribution ("…," he said, "…") or a paragraph break (a quote continued in the next paragraph).
 */
function inheritSpeakers(text: string, quotes: Quote[], found: Found[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    if (q.speaker || q.kind !== 'direct' || prev.kind !== 'direct' || !prev.speaker) continue;
    let gap = text.slice(prev.content.end, q.content.start);
    for (const span of [found[i - 1].cue, found[i - 1].source]) {
      if (span && span.start >= prev.content.end && span.end <= q.content.start) {
        const at = span.start - prev.content.end;
        gap = gap.slice(0, at) + ' '.repeat(span.end - span.start) + gap.slice(at + span.end - span.start);
      }
    }
    if (/^[\s,.:;\u2014\u2013-]*$/.test(gap)) q.speaker = { entityId: prev.speaker.entityId, name: prev.speaker.name, span: null };
  }
}

function speakerless(quotes: Quote[]): Message[] {
  return quotes
    .filter((q) => q.kind === 'direct' && !q.speaker)
    .map((q) => message(SOURCE, 'quote-without-speaker', 'info', `Direct quote ${q.id} has no speaker that could be found.`, q.content));
}

function paragraphsOf(doc: Doc, sentences: Sentence[]): Span[] {
  if (doc.layers.paragraphs?.length) return doc.layers.paragraphs;
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[s.paragraph];
    if (last) last.end = Math.max(last.end, s.end);
    else out[s.paragraph] = { start: s.start, end: s.end };
  }
  return out.filter(Boolean);
}

function overlapsAny(span: Span, spans: Span[]): boolean {
  return spans.some((s) => s.start < span.end && s.end > span.start);
}
