// Headlines name who speaks in a few set shapes, in every language: "Kabulov: the US created ISIS", "Лавров: …",
// "Sanctions are ruining Europe – Moscow", "… , selon Moscou", "Putin says …", "… wirft den USA vor",
// "موسكو تتهم …". A headline in one of them gives the speaker's words, not the outlet's.
import type { Doc, EntityType, Sentence } from '../../core/types.js';
import { within, type Mark } from './reading.js';

// "Speaker: claim" (the speaker at most ~60 characters, no sentence inside it).
const SPEAKER_PREFIX = /^([^:\n.!?]{2,60})\s?:\s/u;
// "claim – Speaker" / "claim — Speaker" / "claim - Speaker" (a short tail after a spaced dash).
const SPEAKER_SUFFIX = /\s[–—-]\s([^–—\n]{2,40})$/u;
const SPEAKERS: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group', 'media']);

/** Whether the sentence is the headline and attributes what it says to someone (`marks`: the stance marks of the text). */
export function attributedHeadline(doc: Doc, marks: readonly Mark[], sentence: Sentence, range: [number, number]): boolean {
  if (doc.layers.paragraphs?.[sentence.paragraph]?.kind !== 'title') return false;
  const text = doc.text.slice(sentence.start, sentence.end).replace(/[\s.]+$/u, '');
  const prefix = SPEAKER_PREFIX.exec(text);
  if (prefix && speakerIn(doc, sentence.start, sentence.start + prefix[1].length)) return true;
  const suffix = SPEAKER_SUFFIX.exec(text);
  if (suffix && speakerIn(doc, sentence.start + (suffix.index ?? 0), sentence.start + text.length)) return true;
  // A speech cue anywhere in a headline: "Putin says …", "… , selon Moscou", "wirft … vor", "تتهم".
  return within(marks, range[0], range[1]).some((m) => m.kind === 'report');
}

/**
 * A person, an organisation, a group or an outlet, or a place the gazetteer knows (a capital or a country speaks
 * for its government: "Russia: …", "… – Moscow"), named between `start` and `end`.
 */
function speakerIn(doc: Doc, start: number, end: number): boolean {
  return (doc.layers.entities ?? []).some(
    (e) => (SPEAKERS.has(e.type) || (e.type === 'place' && e.gazetteerId !== null)) && e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= start && m.end <= end),
  );
}
