import { withLayers, withMessages } from '../../core/doc.js';
import { message } from '../../core/messages.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Message, Quote, Sentence, Span } from '../../core/types.js';
import { buildInput } from '../../models/attribution/input.js';
import { loadAttributionModel, type AttributionModel } from '../../models/attribution/model.js';
import { attachVenues } from './attach-venues.js';
import { findCues } from './cues.js';
import type { Found } from './found.js';
import { headlineQuote } from './headline.js';
import { compileLexicon, loadCueEntries, type CueLexicon } from './lexicon.js';
import { findQuoted } from './marks.js';
import { attribute, overlapsAny, withUnattributed } from './rules.js';
import { indexMentions, resolveSpeaker } from './speaker.js';
import { foundFromTags } from './tagged.js';
import { outsideLanguages } from '../language/coverage.js';
import { chainPronouns } from './chain.js';
import { isRuleLanguage } from './words-intl.js';
import { typographicQuotes } from './transcript.js';
import { withRuleFound } from './union.js';

export interface QuotesOptions {
  /** Cues whose PolNeAR-train weight is below this are not used by the rules (default 0.3). */
  minWeight?: number;
  /** A quoted stretch with no speaker and fewer words than this is taken as a scare quote or a title, not a quote (default 5). */
  minUnattributedWords?: number;
  /** English text goes through the learned tagger (src/models/attribution); false uses the cue rules for it too (default true). */
  tagger?: boolean;
  /** A tagger to use instead of the shipped one (training and evaluation load their own files). */
  model?: AttributionModel;
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
    const model: AttributionModel | null = options?.tagger === false ? null : (options?.model ?? loadAttributionModel());
    const all = compileLexicon(entries, null, minWeight);
    const ruleLanguages = [...new Set(entries.map((e) => e.lang))];
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
      const paragraphs = doc.layers.paragraphs ?? [];
      const mentions = indexMentions(doc.layers.entities ?? []);
      const { quoted, messages } = findQuoted(text, paragraphsOf(doc, sentences), SOURCE);
      let found: Found[];
      if (model && doc.meta.language === 'en') {
        const input = buildInput(text, sentences, paragraphs, quoted);
        const tagged = foundFromTags(text, input, model.tag(input), quoted, model.rates);
        found = withUnattributed(text, withRuleFound(text, sentences, quoted, lexiconFor('en'), tagged, minWords, paragraphs[0]?.kind === 'title' ? paragraphs[0].end : 0), quoted, minWords);
      } else {
        found = attribute(text, sentences, quoted, findCues(text, lexiconFor(doc.meta.language), quoted), minWords, doc.meta.language);
      }
      found = withTypographic(found, typographicQuotes(text, paragraphs));
      const headline = headlineQuote(text, paragraphs, mentions);
      if (headline) found = [headline, ...found.filter((f) => !overlapsAny(f.content, [paragraphs[0]]))];
      const out: Quote[] = found.map((f, i) => ({
        id: `q${i + 1}`,
        kind: f.kind,
        content: f.content,
        cue: f.cue,
        speaker: f.source ? resolveSpeaker(text, f.source, mentions, doc.meta.language) : null,
        venue: null,
      }));
      inheritSpeakers(text, out, found);
      chainPronouns(text, out, doc.layers.entities ?? [], doc.meta.language, isRuleLanguage(doc.meta.language));
      const withVenues = attachVenues(text, out, found, sentences, mentions);
      // Outside the lexicon's languages the rules of all of them run: a guess the reader should be told about.
      const untrained = outsideLanguages(doc, SOURCE, ruleLanguages, 'The quote finder (tagger for en, cue rules)');
      return withMessages(withLayers(doc, { quotes: withVenues }), [...messages, ...speakerless(withVenues), ...(untrained ? [untrained] : [])]);
    };
  },
});

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

/** Transcript turns and epigraphs replace what the tagger or the rules found inside them (their layout says who speaks). */
function withTypographic(found: Found[], typographic: Found[]): Found[] {
  if (!typographic.length) return found;
  const covered = typographic.map((t) => ({ start: Math.min(t.content.start, t.source?.start ?? t.content.start), end: Math.max(t.content.end, t.source?.end ?? t.content.end) }));
  return [...found.filter((f) => !overlapsAny(f.content, covered)), ...typographic].sort((a, b) => a.content.start - b.content.start);
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
