import type { Sentence, Span } from '../../core/types.js';
import type { Cue } from './cues.js';
import { sentenceAt, trimContent, wordCount, type Found } from './found.js';
import type { Quoted } from './marks.js';
import { sourceAfter, sourceBefore, withTrailingAppositive } from './source-np.js';
import { isCapitalised, tokenize } from './tokens.js';
import { COMPLEMENTISERS, TIME_ADVERBIAL } from './words.js';
import { nameAfter, verbFirst } from './inverted.js';
import { adverbialAfter, isFrontedAdverbial } from './fronted.js';
import { ADVERB_AFTER_CUE, isRuleLanguage } from './words-intl.js';

// "in a statement", "during an interview with RTVI television", "on Twitter" between the cue and its content.
const OCCASION = /^\s*,?\s*(?:in|during|on|at|via)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|speech|press conference|news conference|tweet|post|letter|op-ed|rally|briefing|email|video|appearance|Twitter|Facebook|Telegram|television|radio|podcast)(?:\s+(?:with|on|to|at|in)\s+[^,.;:]{1,50}?)?(?=\s*(?:,|that\b))/iu;
const PASSIVE_BY = /^\s+by\s+/i;
const THAT_AHEAD = /^[^,;:."“”]{1,80}?\s(?=that\s)/;
const MIN_WORDS = 3;

/** Indirect (and mixed) speech around one cue: `X said (that) …`, `…, X said.`, `according to X, …`, `X's claim that …`. */
export function attributeCue(text: string, cue: Cue, sentences: Sentence[], quoted: Quoted[], lang: string | null = null): Found | null {
  const sentence = sentenceAt(sentences, cue.word.start);
  if (!sentence) return null;
  const { kind } = cue.entry;
  const intl = isRuleLanguage(lang);
  if (kind === 'prep') return according(text, cue, sentence, intl);
  if (kind === 'noun') return nominal(text, cue, sentence);
  let pos = cue.end;
  const passive = PASSIVE_BY.test(text.slice(pos, pos + 5)) && /\b(?:was|were|is|are|been)\s/i.test(text.slice(cue.start, cue.word.start));
  let source = passive ? null : sourceBefore(text, sentence.start, cue.start);
  if (passive) {
    // "it was reported by X that …"
    const at = pos + (PASSIVE_BY.exec(text.slice(pos))?.[0].length ?? 0);
    source = sourceAfter(text, at, sentence.end);
    if (source) pos = source.end;
  }
  let inverted = false;
  if (source && intl && isFrontedAdverbial(text, sentence.start, cue.start, lang)) {
    // "Am Mittwoch sagte Innenministerin Nancy Faeser, man prüfe das.": the time or place phrase is no speaker; the
    // verb comes second and its subject after it. Where no name follows ("В Москве заявили, что …") it stays as read.
    const fronted = verbFirst(text, cue, sentence, quoted, false, true);
    if (fronted) return fronted;
  }
  if (!source && intl && /[,،]\s*$/.test(text.slice(sentence.start, cue.start))) {
    // "في المقابل، قال ميلر إن …": a fronted phrase, then the verb, its speaker and the content after a complementiser.
    const fronted = verbFirst(text, cue, sentence, quoted, lang === 'ar');
    if (fronted) return fronted;
  }
  if (!source && /[,،]\s*$/.test(text.slice(sentence.start, cue.start))) {
    source = (intl ? nameAfter : sourceAfter)(text, pos + lead(text, pos), sentence.end);
    inverted = source !== null;
    if (source) source = withTrailingAppositive(text, source, sentence.end);
    if (source) pos = source.end;
  }
  if (!source) return intl ? verbFirst(text, cue, sentence, quoted, lang === 'ar') : null;
  let addressee: Span | null = null;
  pos = skip(text, pos, intl ? ADVERB_AFTER_CUE : TIME_ADVERBIAL);
  if (intl) pos = adverbialAfter(text, pos, sentence.end, lang);
  if (cue.entry.addressee) {
    addressee = hearer(text, pos, sentence.end);
    if (addressee) pos = addressee.end;
  }
  pos = skip(text, pos, TIME_ADVERBIAL);
  pos = skip(text, pos, OCCASION);
  // "told members of the council that …", "said in a statement released Tuesday that …": the content starts at "that".
  const that = THAT_AHEAD.exec(text.slice(pos, Math.min(sentence.end, pos + 90)));
  if (that && (cue.entry.addressee || /^\s*(?:in|on|at|during|to|after|before|since|from)\s/i.test(text.slice(pos, pos + 10)))) pos += that[0].length;
  pos += /^\s*[,:]?\s*/.exec(text.slice(pos, pos + 10))?.[0].length ?? 0;
  const rest = trimContent(text, { start: pos, end: sentence.end });
  if (!inverted && rest.end - rest.start > 0 && !startsWithQuoteThatEndsElsewhere(text, rest, quoted)) {
    const content = extend(text, { start: pos, end: cutAtNextCue(text, pos, rest.end) }, quoted);
    if (wordCount(text, content) < MIN_WORDS && !COMPLEMENTISERS.test(text.slice(pos))) return null;
    return made(text, content, cue, source, addressee, quoted);
  }
  // Nothing after the cue: the content is the clause before "…, X said." / "…, said X."
  const before = text.slice(sentence.start, inverted ? cue.start : source.start);
  const comma = /,\s*$/.exec(before);
  if (!comma) return null;
  const content = trimContent(text, { start: sentence.start, end: sentence.start + before.length - comma[0].length });
  if (wordCount(text, content) < MIN_WORDS) return null;
  return made(text, extend(text, content, quoted), cue, source, addressee, quoted);
}

function according(text: string, cue: Cue, sentence: Sentence, intl: boolean): Found | null {
  const source = (intl ? nameAfter : sourceAfter)(text, cue.end + lead(text, cue.end), sentence.end);
  if (!source) return null;
  const before = text.slice(sentence.start, cue.start);
  if (intl && before.trim() === '' && /^\s+\p{L}/u.test(text.slice(source.end, source.end + 3))) {
    // German puts the verb right after "Laut Kabulow" with no comma: the rest of the sentence is the content.
    const content = trimContent(text, { start: source.end, end: sentence.end });
    return wordCount(text, content) >= MIN_WORDS ? basic(content, cue, source) : null;
  }
  if (/^\s*(?:\p{L}+\s+)?$/u.test(before) && /^\s*,/.test(text.slice(source.end))) {
    const content = trimContent(text, { start: source.end + 1, end: sentence.end });
    return wordCount(text, content) >= MIN_WORDS ? basic(content, cue, source) : null;
  }
  if (/,\s*$/.test(before)) {
    // "…, according to Democrats involved in the negotiations." — the rest of the sentence is the source.
    const whole = trimContent(text, { start: source.start, end: sentence.end });
    const content = trimContent(text, { start: sentence.start, end: cue.start });
    if (wordCount(text, whole) > 15 || /[,;:]/.test(text.slice(whole.start, whole.end))) return null;
    return wordCount(text, content) >= MIN_WORDS ? basic(content, cue, whole) : null;
  }
  return null;
}

/** "X's statement that …": the possessor is the source. */
function nominal(text: string, cue: Cue, sentence: Sentence): Found | null {
  const after = /^\s+that\s/.exec(text.slice(cue.end, cue.end + 8));
  const tokens = tokenize(text, Math.max(sentence.start, cue.start - 60), cue.start);
  const owner = tokens[tokens.length - 1];
  if (!after || !owner || !/['’]s$/.test(owner.text) || !isCapitalised(owner)) return null;
  const source = { start: owner.start, end: owner.end - 2 };
  const content = trimContent(text, { start: cue.end + 1, end: sentence.end });
  return basic(content, cue, source);
}

function made(text: string, content: Span, cue: Cue, source: Span, addressee: Span | null, quoted: Quoted[]): Found {
  const mixed = quoted.some((q) => q.start < content.end && q.end > content.start);
  return { kind: mixed ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, source, addressee };
}

function basic(content: Span, cue: Cue, source: Span): Found {
  return { kind: 'indirect', content, cue: { start: cue.start, end: cue.end }, source, addressee: null };
}

/** The hearer after "told": a run of capitalised words ("RTVI", "The New York Times") or one word ("reporters"). */
function hearer(text: string, pos: number, limit: number): Span | null {
  const tokens = tokenize(text, pos, Math.min(limit, pos + 80));
  let i = 0;
  if (tokens[0] && /^(?:the|a|an)$/i.test(tokens[0].text)) i = 1;
  if (!tokens[i] || !tokens[i].word || COMPLEMENTISERS.test(tokens[i].text)) return null;
  if (!isCapitalised(tokens[i])) return { start: tokens[0].start, end: tokens[i].end };
  let j = i;
  while (tokens[j + 1] && (isCapitalised(tokens[j + 1]) || /^(?:of|the)$/.test(tokens[j + 1].text))) j++;
  return { start: tokens[0].start, end: tokens[j].end };
}

/** Content that is a quote starting after the cue and running past the sentence is the direct finder's. */
function startsWithQuoteThatEndsElsewhere(text: string, rest: Span, quoted: Quoted[]): boolean {
  return quoted.some((q) => q.start === rest.start && q.end > rest.end + 1);
}

/** Stops the content before a following ", adding …" / ", according to …" (PolNeAR gives those their own attribution). */
function cutAtNextCue(text: string, from: number, end: number): number {
  const m = /,\s+(?:adding|saying|noting|citing|according to|he said|she said|they said)\b/i.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/** A quote that starts inside the content but closes after it: the content runs to its closing mark. */
function extend(text: string, content: Span, quoted: Quoted[]): Span {
  let end = content.end;
  for (const q of quoted) if (q.start >= content.start && q.start < end && q.end > end) end = q.end;
  return trimContent(text, { start: content.start, end });
}

function skip(text: string, pos: number, re: RegExp): number {
  const m = re.exec(text.slice(pos, pos + 120));
  return m ? pos + m[0].length : pos;
}

function lead(text: string, at: number): number {
  return /^\s*/.exec(text.slice(at, at + 20))?.[0].length ?? 0;
}
