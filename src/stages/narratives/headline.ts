// Headlines name who speaks in a few set shapes, in every language: "Kabulov: the US created ISIS", "Лавров: …",
// "Envoy: …", "الخارجية الروسية: …", "Sanctions are ruining Europe – Moscow", "… , selon Moscou", "Putin says …",
// "… wirft den USA vor", "موسكو تتهم …". A headline in one of them gives the speaker's words, not the outlet's.
import type { Doc, EntityType, Sentence } from '../../core/types.js';
import { interlingualKeys, stem } from '../../knowledge/lexicons/index.js';
import { within, type Mark, type Reading } from './reading.js';
import type { StanceCue } from './stance-cues.js';

// "Speaker: claim" (the speaker at most ~60 characters, no sentence inside it).
const SPEAKER_PREFIX = /^([^:\n.!?]{2,60})\s?:\s/u;
// "claim – Speaker" / "claim — Speaker" / "claim - Speaker" (a short tail after a spaced dash).
const SPEAKER_SUFFIX = /\s[–—-]\s([^–—\n]{2,40})$/u;
// "«quotation» : who said it" / "„Zitat“ – wer": a quotation of a few words, closed, then a colon or a dash and more.
const QUOTED_HEADLINE = /^[«„“"‹]\s?[^«»„“”"‹›]{8,}?\s?[»“”"›]\s*[:–—-]\s*\p{L}/u;
const SPEAKERS: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group', 'media']);
/** A role before the colon speaks only in a short prefix ("Russia's envoy to the UN: …"), not in a clause. */
const ROLE_PREFIX_WORDS = 6;
// A surname as headlines write it: one capitalised word of letters ("Naryschkin", "Лавров", "Peskov").
const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// Arabic script has no capitals: a surname is one word of its letters, often with the article ("الجعفري", "لافروف").
const ARABIC_NAME = /^\p{Script=Arabic}{3,}$/u;

export interface HeadlineContext {
  doc: Doc;
  reading: Reading;
  /** The stance marks of the text (the reading's and data/stance-cues.yml's shared kinds). */
  marks: readonly Mark[];
  /** The cues of data/stance-cues.yml. */
  cues: readonly StanceCue[];
  /** What the matched claim acts on (its frames' patients): named before the colon, it is the topic, not a speaker ("ISIS: …"). */
  topic?: ReadonlySet<string>;
}

/**
 * Whether the sentence is the headline, or a line shaped like one (a news-in-brief or bulletin item: a paragraph of
 * one sentence with no final stop), and attributes what it says to someone.
 */
export function attributedHeadline(h: HeadlineContext, sentence: Sentence, range: [number, number]): boolean {
  const { doc } = h;
  const title = doc.layers.paragraphs?.[sentence.paragraph]?.kind === 'title';
  if (!title && !headlineShaped(doc, sentence)) return false;
  const text = doc.text.slice(sentence.start, sentence.end).replace(/[\s.]+$/u, '');
  const prefix = SPEAKER_PREFIX.exec(text);
  if (prefix && !labelBefore(h, range, sentence.start + prefix[1].length) && !topicBefore(h, sentence.start, sentence.start + prefix[1].length) && (speakerIn(doc, sentence.start, sentence.start + prefix[1].length, PLACE_OPENS) || speakerNamed(h, range, sentence.start + prefix[1].length))) return true;
  // "«Europe shot itself in the foot»: an interview with …", "„Die Antwort liegt in Kiew“ – ein Abgeordneter im Gespräch":
  // a headline that opens with a quotation and tells whose it is after it gives someone's words.
  // The part after it must tell whose: a quoted term heading a piece about it ("« Ville du quart d'heure » : la prison
  // douce qu'on nous prépare", "\"الثورات الملونة\": وصفة جاهزة") is its topic, and the words after the colon the outlet's.
  const quoted = title ? QUOTED_HEADLINE.exec(text) : null;
  if (quoted && whoseAfter(h, sentence.start + quoted[0].length - 1, sentence.start + text.length, range)) return true;
  const suffix = SPEAKER_SUFFIX.exec(text);
  if (suffix && speakerIn(doc, sentence.start + (suffix.index ?? 0), sentence.start + text.length)) return true;
  // A speech cue anywhere in a headline: "Putin says …", "… , selon Moscou", "wirft … vor", "تتهم".
  return title && within(h.marks, range[0], range[1]).some((m) => m.kind === 'report');
}

/**
 * Characters [start, end) of a headline, after a quotation, tell whose it is: a person or outlet named ("…: an interview with Lavrov", "… – Abgeordneter im Gespräch"), a role, an interview word or a speech cue.
 */
function whoseAfter(h: HeadlineContext, start: number, end: number, range: [number, number]): boolean {
  // A person or an outlet: the claim's own actors, states and groups, stand there too ("\"War on terror\": the United
  // States created ISIS").
  const named = (h.doc.layers.entities ?? []).some((e) => (e.type === 'person' || e.type === 'media') && e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= start && m.end <= end));
  if (named) return true;
  let from = range[0];
  while (from < range[1] && h.reading.tokens[from].start < start) from++;
  return within(h.cues, from, range[1]).some((c) => c.kind === 'speaker-role' || c.kind === 'interview') || within(h.marks, from, range[1]).some((m) => m.kind === 'report');
}

/**
 * The part of a headline before character `end` (its colon) holds a section, format or topic label ("Analysis: …",
 * "Affaire Skripal : …", "Дело Скрипалей: …"): it names what the piece is about, even with a person's name in it.
 */
export function labelBefore(h: HeadlineContext, range: [number, number], end: number): boolean {
  let to = range[0];
  while (to < range[1] && h.reading.tokens[to].end <= end) to++;
  return within(h.cues, range[0], to).some((c) => c.kind === 'not-speaker' || c.kind === 'label');
}

/**
 * Before the colon stands only what the claim acts on ("ISIS: made in the USA", "داعش: صناعة أمريكية", "ИГИЛ: …"):
 * a group that is the claim's subject matter, not a speaker. A speaker named with it ("ISIS expert: …") still speaks.
 */
function topicBefore(h: HeadlineContext, start: number, end: number): boolean {
  const topic = h.topic;
  if (!topic?.size) return false;
  const named = (h.doc.layers.entities ?? []).filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= start && m.end <= end));
  if (!named.length || !named.every((e) => e.gazetteerId !== null && topic.has(e.gazetteerId))) return false;
  let to = 0;
  while (to < h.reading.tokens.length && h.reading.tokens[to].end <= end) to++;
  return !within(h.cues, 0, to).some((c) => c.kind === 'speaker-role' && h.reading.tokens[c.from].start >= start);
}

/** The most words of a line shaped like a headline. */
const BRIEF_WORDS = 16;

/** A body paragraph of one sentence, short and with no final stop: a news-in-brief or bulletin item. */
function headlineShaped(doc: Doc, sentence: Sentence): boolean {
  const p = doc.layers.paragraphs?.[sentence.paragraph];
  if (!p) return false;
  const text = doc.text.slice(sentence.start, sentence.end).trim();
  if (/[.!?؟…:;»”"]$/u.test(text) || text.split(/\s+/u).length > BRIEF_WORDS) return false;
  return doc.text.slice(p.start, p.end).trim() === text;
}

/**
 * The part before a headline's colon (ending at character `end`) names a speaker the entities layer did not type:
 * a role or office ("Envoy", "Ministry", "Посол", "الخارجية الروسية", "Le ministère russe"), or one surname that no
 * lexicon knows ("Naryschkin", "Лавров") or that names a person of the article. A section label ("Analysis",
 * "Мнение", "Kommentar") or a fact-check label ("Fake", "Faux") is nobody.
 */
function speakerNamed(h: HeadlineContext, range: [number, number], end: number): boolean {
  const tokens = h.reading.tokens;
  let to = range[0];
  while (to < range[1] && tokens[to].end <= end) to++;
  const words = tokens.slice(range[0], to).filter((t) => t.word);
  if (!words.length) return false;
  const here = within(h.cues, range[0], to);
  if (here.some((c) => c.kind === 'not-speaker' || c.kind === 'label')) return false;
  if (words.length <= ROLE_PREFIX_WORDS && here.some((c) => c.kind === 'speaker-role')) return true;
  if (words.length !== 1 || !(SURNAME.test(words[0].raw) || (h.reading.language === 'ar' && ARABIC_NAME.test(words[0].raw)))) return false;
  return unknownWord(words[0].raw, h.reading.language) || personNamed(h.doc, words[0].raw);
}

/** A word no lexicon of the language knows (a name): no core sense, and no translation but its own spelling. */
function unknownWord(raw: string, language: string): boolean {
  // English words are their own keys: whether one is a name cannot be told from the lexicon.
  if (language === 'en') return false;
  const keys = interlingualKeys(raw, language);
  return keys.length === 0 || (keys.length === 1 && keys[0] === `x:${stem(raw.toLowerCase(), 'en')}`);
}

/** A person of the entities layer has this word in one of its names ("Zakharova" for "Maria Zakharova"). */
function personNamed(doc: Doc, word: string): boolean {
  const key = word.toLowerCase();
  return (doc.layers.entities ?? []).some((e) => e.type === 'person' && e.mentions.some((m) => m.kind !== 'pronoun' && doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/u).includes(key)));
}

/**
 * A person, an organisation, a group or an outlet, or a place the gazetteer knows (a capital or a country speaks
 * for its government: "Russia: …", "… – Moscow"; `places` false leaves them out), named between `start` and `end`.
 */
export function speakerIn(doc: Doc, start: number, end: number, places: boolean | typeof PLACE_OPENS = true): boolean {
  // Before a headline's colon a place speaks only where it opens the prefix ("Russia: …", "Moscow: …"): in a topic
  // label ("Aide à l'Ukraine : …", "Sanctions on Russia: …") it is what the piece is about.
  // Nor where a comma sets it off as the scene: "Kiev, dix ans après : …", "Moscow, a year on: …" say where, not who
  // ("Syrischer Gesandter: …", "Russia's envoy: …" go on with who).
  const count = (a: number, b: number) => doc.text.slice(a, b).trim().split(/\s+/u).filter(Boolean).length;
  const scene = (m: { end: number }) => /^\s*[,;(–—]/u.test(doc.text.slice(m.end, end));
  // And only in a short prefix: a clause or a phrase going on after the place ("Германия гасит домны: …", "From Bamako
  // to Bangui: …") says what happens there, it is no one speaking.
  const placeAt = (m: { start: number; end: number }) => places === true || (places === PLACE_OPENS && count(start, m.start) <= 1 && !scene(m) && count(start, end) <= PLACE_PREFIX_WORDS);
  return (doc.layers.entities ?? []).some((e) => {
    const place = !!places && e.type === 'place' && e.gazetteerId !== null;
    if (!SPEAKERS.has(e.type) && !place) return false;
    return e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= start && m.end <= end && (!place || SPEAKERS.has(e.type) || placeAt(m)));
  });
}

/** How many words a headline's prefix before its colon may have where a place in it speaks ("Russia:", "Official Moscow:", "La Russie :"). */
const PLACE_PREFIX_WORDS = 2;

/** `speakerIn`'s places that speak only where they open the span (one word, an article, may come first). */
export const PLACE_OPENS = 'opens' as const;
