import type { Entity, EntityType, Mention, Span, Speaker } from '../../core/types.js';
import { wordKey } from '../../knowledge/gazetteer/index.js';
import { loadCues } from '../entities/cues.js';
import { isCapitalised, isCaseless, tokenize, type Token } from './tokens.js';
import { locatives } from './locative.js';
import { sourceBefore } from './source-np.js';
import { PRONOUNS } from './words.js';

/** One mention with its entity, for lookups by position. */
export interface MentionRef {
  mention: Mention;
  entity: Entity;
}

/** All mentions sorted by start. */
export function indexMentions(entities: Entity[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const entity of entities) for (const mention of entity.mentions) out.push({ mention, entity });
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** Mentions overlapping `span` (linear scan bounded by the sorted starts). */
export function mentionsIn(index: MentionRef[], span: Span): MentionRef[] {
  const out: MentionRef[] = [];
  for (const ref of index) {
    if (ref.mention.start >= span.end) break;
    if (ref.mention.end > span.start) out.push(ref);
  }
  return out;
}

/**
 * The speaker of a source phrase, or null when the phrase names nobody ("Review", "Schon am Dienstag": labels, function
 * words and dates only). The phrase is split at commas into a head and its appositions; a person at the head of any
 * part wins ("Zamir Kabulov, Russia's presidential envoy for Afghanistan," is Kabulov, not Afghanistan; "The Russian …
 * Envoy to Afghanistan, Zamir Kabulov," too); else the entity at the head of the first part (the last capitalised word
 * that is not a possessive). A name that only modifies a common noun ("Civil War historians", "Trump campaign
 * officials") is not the speaker, unless it is an organisation or a place whose officials speak for it ("Air Force
 * officials", "Russian officials"). Else the phrase itself, with no entity.
 */
export function resolveSpeaker(text: string, source: Span, index: MentionRef[], lang: string | null = 'en'): Speaker | null {
  const span = trimSource(text, source);
  if (lang === 'en' && /^who$/i.test(text.slice(span.start, span.end))) return relativeSpeaker(text, span, index);
  const tokens = tokenize(text, span.start, span.end);
  const words = tokens.filter((t) => t.word);
  if (words.length && words.every((t) => namesNobody(t) !== 0) && words.some((t) => namesNobody(t) === 2)) return null;
  // "Officials in Spokane": the place says where the speakers are, not who they are.
  const inside = mentionsIn(index, span).filter((r) => !locatedOnly(r, tokens, lang));
  // The noun-compound reading ("Civil War historians") is English; "сказал Лавров журналистам" is Lavrov to reporters.
  const english = lang === 'en';
  const parts = partsOf(tokens);
  let best: MentionRef | undefined;
  for (const part of parts) {
    best = atHead(part, inside, english).find((r) => r.entity.type === 'person');
    if (best) break;
  }
  best ??= atHead(parts[0] ?? [], inside, english)[0];
  if (!best && !(english && parts.some(modifierOnly))) best = inside.length === 1 ? inside[0] : inside.find((r) => r.entity.type === 'person');
  if (best) return { entityId: best.entity.id, name: best.entity.canonical, span };
  return { entityId: null, name: text.slice(span.start, span.end), span };
}

/** How far back the antecedent of "who" is looked for. */
const ANTECEDENT_REACH = 300;

/**
 * A source that is the relative pronoun "who" (PolNeAR marks it alone: "Mr. Ekovich, [who] noted …") names the noun
 * phrase before it; the span stays "who", as a pronoun's does. With no noun phrase found there, the name is "who".
 */
function relativeSpeaker(text: string, who: Span, index: MentionRef[]): Speaker | null {
  let end = who.start;
  while (end > 0 && /[\s,]/.test(text[end - 1])) end--;
  const antecedent = sourceBefore(text, Math.max(0, end - ANTECEDENT_REACH), end);
  const named = antecedent ? resolveSpeaker(text, antecedent, index) : null;
  return named ? { ...named, span: who } : { entityId: null, name: text.slice(who.start, who.end), span: who };
}

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'der', 'dem', 'den']);

/** A place after a preposition of place, with words before it in the phrase: "Officials in Spokane", "Vertreter in Berlin". */
function locatedOnly(ref: MentionRef, tokens: Token[], lang: string | null): boolean {
  const preps = locatives().get(lang ?? 'en');
  // An unknown name ("other") too after "Residents of": the entities stage types "Olympia" there by shape alone.
  if ((ref.entity.type !== 'place' && ref.entity.type !== 'other') || !preps) return false;
  let k = tokens.findIndex((t) => t.end > ref.mention.start) - 1;
  if (k >= 0 && ARTICLES.has(tokens[k].text.toLowerCase())) k--;
  const prep = k >= 1 && tokens[k].word ? preps.get(tokens[k].text.toLowerCase()) : undefined;
  if (prep === undefined) return false;
  // "Residents of Olympia", but "the government of Russia" speaks for Russia.
  if (prep) return tokens[k - 1].word && prep.has(tokens[k - 1].text.toLowerCase());
  return ref.entity.type === 'place' && tokens.slice(0, k).some((t) => t.word);
}

const SPEAK_FOR: ReadonlySet<EntityType> = new Set(['organization', 'group', 'media', 'place']);

/** Words of the phrase split at commas, brackets and dashes (a head and its appositions). */
function partsOf(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (!t.word && /^[,()\u2014\u2013;]$/.test(t.text)) parts.push([]);
    else if (t.word) parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length);
}

/** The head word of a part: its last capitalised word that is not a possessive, else its last word. */
function headOf(part: Token[]): Token | undefined {
  const capitalised = part.filter((t) => isCapitalised(t) && !/['’]s$/.test(t.text));
  return capitalised[capitalised.length - 1] ?? part[part.length - 1];
}

/** A capitalised head followed by a lower-case noun: "Civil War historians". */
function modifierOnly(part: Token[]): boolean {
  const head = headOf(part);
  const last = part[part.length - 1];
  return !!head && head !== last && !isCapitalised(last) && !isCaseless(last);
}

/** Mentions covering the part's head, persons first; a modifier only when its entity speaks through officials. */
function atHead(part: Token[], inside: MentionRef[], english: boolean): MentionRef[] {
  const head = headOf(part);
  if (!head) return [];
  const modifier = english && modifierOnly(part);
  const refs = inside.filter((r) => r.mention.start < head.end && r.mention.end > head.start && (!modifier || SPEAK_FOR.has(r.entity.type)));
  return refs.sort((a, b) => Number(b.entity.type === 'person') - Number(a.entity.type === 'person'));
}

/**
 * 2 for a date or a page label, 1 for a function word or a number, 0 for anything else (pronouns and quantifiers name
 * someone: "He", "Many", "Some"): a phrase of 1s and 2s with at least one 2 names nobody ("Review", "Schon am Dienstag").
 */
function namesNobody(t: Token): 0 | 1 | 2 {
  if (PRONOUNS.has(t.text.toLowerCase())) return 0;
  const cues = loadCues();
  const key = wordKey(t.text);
  if (cues['months-days'].has(key) || cues['generic-nouns'].has(key)) return 2;
  return cues['function-words'].has(key) || /^\p{N}+$/u.test(t.text) ? 1 : 0;
}

/** The source without a trailing comma (kept in the PolNeAR-style span for the evaluation, not in the speaker). */
export function trimSource(text: string, source: Span): Span {
  let end = source.end;
  while (end > source.start && /[\s,]/.test(text[end - 1])) end--;
  return { start: source.start, end };
}
