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
  const articleVenues = unquotedSentences(sentences, quotes).flatMap((s) => findVenues(text, s, null, index).map((venue) => ({ venue, sentence: s as Span })));
  // The venues naming one speaker are found once per speaker, not once per quote (long articles stay linear).
  const bySpeaker = new Map<string, typeof articleVenues>();
  return quotes.map((q, i) => {
    const own = ownVenue(text, q, found[i], sentences, index);
    if (own) return { ...q, venue: own };
    if (!q.speaker) return q;
    const names = speakerKeys(text, q);
    const key = `${q.speaker.entityId ?? ''}\u0000${names.join(' ')}`;
    let candidates = bySpeaker.get(key);
    if (!candidates) {
      candidates = articleVenues.filter(({ venue, sentence }) => namesSpeaker(text, sentence, venue, names, index, q.speaker!.entityId));
      bySpeaker.set(key, candidates);
    }
    const chosen = lastAtOrBefore(candidates, q.content.start) ?? candidates[0];
    return chosen ? { ...q, venue: chosen.venue } : q;
  });
}

/** Sentences that overlap no quote's content, by one sweep over both in text order. */
function unquotedSentences(sentences: Sentence[], quotes: Quote[]): Sentence[] {
  const contents = quotes.map((q) => q.content).sort((a, b) => a.start - b.start);
  const out: Sentence[] = [];
  let k = 0;
  let reach = -1; // the furthest end of the contents that start before the current sentence ends
  for (const s of sentences) {
    while (k < contents.length && contents[k].start < s.end) reach = Math.max(reach, contents[k++].end);
    // A content overlaps s if it starts before s ends and ends after s starts; `reach` covers every such content
    // seen so far, and contents seen for earlier sentences end before this one starts unless they reach into it.
    if (reach <= s.start) out.push(s);
  }
  return out;
}

/** The last candidate whose sentence starts at or before `offset` (candidates are in text order). */
function lastAtOrBefore<T extends { sentence: Span }>(candidates: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid].sentence.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? candidates[lo - 1] : undefined;
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
