import type { Quote, Sentence, Span, Venue } from '../../core/types.js';
import { sentenceAt, type Found } from './found.js';
import { mentionsIn, type MentionRef } from './speaker.js';
import { findVenues, venueAt } from './venue.js';
import { isCapitalised, tokenize } from './tokens.js';

/**
 * Venues, in this order:
 * 1. written in the quote's own sentence (where the cue is, or the content starts), outside the content
 *    ("told RTVI", "in an interview with RTVI", "at a press conference");
 * 2. the article rule: a venue written in any sentence that is not itself a quote's content and that names the speaker
 *    (a mention of the same entity, or the speaker's last name) — "These assertions were recently made by Zamir Kabulov
 *    during an interview with RTVI television." — applies to all of that speaker's quotes with no venue of their own.
 *    The nearest such sentence before the quote wins, else the nearest after.
 */
export function attachVenues(text: string, quotes: Quote[], found: Found[], sentences: Sentence[], index: MentionRef[]): Quote[] {
  const contents = quotes.map((q) => q.content);
  const articleVenues = sentences
    .filter((s) => !contents.some((c) => c.start < s.end && c.end > s.start))
    .flatMap((s) => findVenues(text, s, null, index).map((venue) => ({ venue, sentence: s as Span })));
  return quotes.map((q, i) => {
    const own = ownVenue(text, q, found[i], sentences, index);
    if (own) return { ...q, venue: own };
    if (!q.speaker) return q;
    const names = speakerKeys(text, q);
    const candidates = articleVenues.filter(({ venue, sentence }) => namesSpeaker(text, sentence, venue, names, index, q.speaker!.entityId));
    const before = candidates.filter((c) => c.sentence.start <= q.content.start).pop();
    const chosen = before ?? candidates[0];
    return chosen ? { ...q, venue: chosen.venue } : q;
  });
}

function ownVenue(text: string, q: Quote, f: Found, sentences: Sentence[], index: MentionRef[]): Venue | null {
  if (f.addressee && isCapitalised(tokenize(text, f.addressee.start, f.addressee.end).filter((t) => t.word && !/^the$/i.test(t.text))[0] ?? { start: 0, end: 0, text: '', word: false })) {
    return venueAt(text, f.addressee, index);
  }
  const anchor = q.cue ? q.cue.start : q.content.start;
  const sentence = sentenceAt(sentences, anchor);
  if (!sentence) return null;
  const span = { start: Math.min(sentence.start, q.content.start), end: Math.max(sentence.end, q.cue ? q.cue.end : 0) };
  return findVenues(text, span, q.content, index)[0] ?? null;
}

/** Ways the text may name the speaker: entity id, else the last word of the source ("Kabulov"). */
function speakerKeys(text: string, q: Quote): string[] {
  const name = q.speaker!.name.trim().split(/\s+/).pop() ?? '';
  return name && /^\p{Lu}/u.test(name) ? [name] : [];
}

function namesSpeaker(text: string, sentence: Span, venue: Venue, names: string[], index: MentionRef[], entityId: string | null): boolean {
  const outside = (s: Span): boolean => s.end <= venue.start || s.start >= venue.end;
  if (entityId && mentionsIn(index, sentence).some((r) => r.entity.id === entityId && outside(r.mention))) return true;
  const slice = text.slice(sentence.start, sentence.end);
  return names.some((n) => containsWord(slice, n));
}

function containsWord(haystack: string, word: string): boolean {
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
    if (!/[\p{L}]/u.test(haystack[at - 1] ?? ' ') && !/[\p{L}]/u.test(haystack[at + word.length] ?? ' ')) return true;
  }
  return false;
}
