import type { Sentence, Span } from '../../core/types.js';
import type { Cue } from './cues.js';
import { attributeQuoted } from './direct.js';
import { wordCount, type Found } from './found.js';
import { attributeCue } from './indirect.js';
import type { Quoted } from './marks.js';
import { COMPLEMENTISERS } from './words.js';

// The rule-based finder (every language with a cue lexicon; English uses the learned tagger unless told otherwise).

/** `lang` switches on the Russian, German, French and Arabic source rules (inverted and verb-first speakers). */
export function attribute(text: string, sentences: Sentence[], quoted: Quoted[], cues: Cue[], minWords: number, lang: string | null = null): Found[] {
  const used = new Set<Cue>();
  const byQuote = new Map<Quoted, Found>();
  quoted.forEach((q, i) => {
    const f = attributeQuoted(text, q, i > 0 ? quoted[i - 1].end : 0, sentences, cues, used, lang);
    if (f) byQuote.set(q, f);
  });
  const out: Found[] = [...byQuote.values()];
  const taken: Span[] = out.map((f) => f.content);
  // Every remaining cue proposes an attribution; the most likely ones win where they compete for the same words
  // (PolNeAR is univocal: a token belongs to at most one attribution, and a cue inside another's content is not a cue).
  const candidates: { found: Found; score: number }[] = [];
  for (const cue of cues) {
    if (used.has(cue) || overlapsAny(cue, taken)) continue;
    const f = attributeCue(text, cue, sentences, quoted, lang);
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
  return withUnattributed(text, out, quoted, minWords);
}

/** How likely a cue's attribution is: the cue's weight, more with a that-clause or a clause-final "…, X said." */
function score(text: string, cue: Cue, f: Found): number {
  let value = cue.entry.weight ?? 0.7;
  if (COMPLEMENTISERS.test(text.slice(f.content.start, f.content.start + 6))) value += 0.3;
  if (f.content.end <= cue.start) value += 0.2;
  return value;
}

/** Quoted stretches nobody introduced: long ones are quotes with no speaker found; short ones are scare quotes. */
export function withUnattributed(text: string, found: Found[], quoted: Quoted[], minWords: number): Found[] {
  const out = [...found];
  const taken = found.map((f) => f.content);
  for (const q of quoted) {
    if (overlapsAny(q, taken) || wordCount(text, q.inner) < minWords) continue;
    out.push({ kind: 'direct', content: { start: q.start, end: q.end }, cue: null, source: null, addressee: null });
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

export function overlapsAny(span: Span, spans: Span[]): boolean {
  return spans.some((s) => s.start < span.end && s.end > span.start);
}
