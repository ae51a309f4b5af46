import type { Sentence, Span } from '../../core/types.js';
import type { Cue } from './cues.js';
import { trimContent, wordCount, type Found } from './found.js';
import type { Quoted } from './marks.js';
import { isCapitalised, isCaseless, tokenize } from './tokens.js';
import { PRONOUNS } from './words.js';
import { roleNouns } from './roles.js';
import { ADVERB_AFTER_CUE, CONTENT_START, NAME_STOP, SUBJECT_PRONOUNS } from './words-intl.js';

// The content start after a fronted phrase: a complementiser, a colon, or the comma that ends the speaker.
const CONTENT_OR_COMMA = new RegExp(`${CONTENT_START.source}|,\\s*`, 'u');

// Sources after their cue in Russian, German, French and Arabic: the inverted "…, sagte Kabulow dem Sender RTVI",
// "— заявил Мэтью Миллер журналистам", and the verb-first Arabic "صرح المبعوث الروسي زامير كابولوف بأن …".

// Arabic role phrases run long before the name: "المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا" (7 words).
const MAX_WORDS = 10;
const MAX_CASELESS = 8;
// Articles that may open a subject after the verb ("sagte der russische Sondergesandte …", "a déclaré le ministre").
const SUBJECT_ARTICLES = new Set(['der', 'die', 'das', 'le', 'la', 'les']);
// Genitive and dative articles before a role noun after a preposition ("nach Angaben der Diplomatin").
const ROLE_ARTICLES = new Set(['des', 'dem', 'den', "l'", 'l’']);

function isIntlRole(word: string): boolean {
  const roles = roleNouns();
  return ['ru', 'de', 'fr', 'ar'].some((lang) => roles.get(lang)?.has(word));
}

/**
 * The speaker's name right after an inverted cue: role words, then a name, and nothing after the name (the dative
 * "dem Sender", "журналистам", "à la chaîne", "للصحفيين" is the hearer, not the speaker). Null when no name is there.
 */
export function nameAfter(text: string, start: number, limit: number): Span | null {
  const tokens = tokenize(text, start, limit);
  const t0 = tokens[0];
  if (!t0 || !t0.word) return null;
  const lc0 = t0.text.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lc0) || PRONOUNS.has(lc0)) return { start: t0.start, end: t0.end };
  // A role noun standing for a person named before ("по словам дипломата", "selon la diplomate"): chain.ts names them.
  const role = SUBJECT_ARTICLES.has(lc0) || ROLE_ARTICLES.has(lc0) ? tokens[1] : t0;
  if (role?.word && isIntlRole(role.text.toLowerCase())) {
    // Only the role, no name after it: the next token is punctuation, a stop word or a lower-case word.
    const next = tokens[tokens.indexOf(role) + 1];
    if (!next?.word || NAME_STOP.has(next.text.toLowerCase()) || !(isCapitalised(next) || isCaseless(next))) return { start: t0.start, end: role.end };
  }
  let last = -1;
  let named = false;
  let caseless = 0;
  for (let j = 0; j < tokens.length && j < MAX_WORDS; j++) {
    const t = tokens[j];
    if (!t.word) break;
    const lc = t.text.toLowerCase();
    if (j === 0 && SUBJECT_ARTICLES.has(lc)) continue;
    // Arabic role complement before the name: "المبعوث الروسي الخاص إلى أفغانستان ضمير كابولوف" (envoy to Afghanistan)
    if (lc === 'إلى' && j > 0 && tokens[j + 1]?.word && tokens[j + 2]?.word && !NAME_STOP.has(tokens[j + 2].text)) {
      j++; // the complement's place name is not one of the name's words
      continue;
    }
    if (NAME_STOP.has(lc)) break;
    if (isCaseless(t)) {
      // Arabic: "للصحفيين" (to the journalists) starts the hearer.
      if (/^لل/.test(t.text) || ++caseless > MAX_CASELESS) break;
      named = true;
    } else if (isCapitalised(t)) named = true;
    else if (named || /^\p{N}/u.test(t.text)) break;
    last = j;
  }
  if (last < 0 || !named) return null;
  const end = tokens[last];
  return { start: t0.start, end: end.text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(end.text) ? end.end - 1 : end.end };
}

/**
 * A cue that opens its clause (or follows a fronted phrase and its comma), with the speaker after it and the content after a complementiser or a colon:
 * "صرح المبعوث الروسي زامير كابولوف بأن …", "وأضاف أن …" (no subject: Arabic drops the pronoun; the speaker is then
 * left to the pronoun chain). Null when the clause does not read so.
 */
export function verbFirst(text: string, cue: Cue, sentence: Sentence, quoted: Quoted[], dropsPronoun: boolean, fronted = false): Found | null {
  // The clause opens with the cue, or with a fronted phrase and a comma ("في المقابل، قال …"), or with a fronted time
  // or place phrase the caller recognised ("Am Mittwoch sagte …", fronted.ts).
  const before = text.slice(sentence.start, cue.start);
  if (cue.entry.kind !== 'verb' || (!fronted && before.trim() !== '' && !/^[^,،.!?]{0,40}[,،]\s*$/.test(before))) return null;
  let pos = cue.end + (/^\s*/.exec(text.slice(cue.end, cue.end + 10))?.[0].length ?? 0);
  const next = text.slice(pos, pos + 6);
  let source: Span | null = null;
  if (!/^(?:أن|إن|بأن)(?![\p{L}])/u.test(next)) {
    source = nameAfter(text, pos, sentence.end);
    if (!source) return null;
    pos = source.end;
  } else if (!dropsPronoun) return null;
  pos += ADVERB_AFTER_CUE.exec(text.slice(pos, pos + 20))?.[0].length ?? 0;
  // The words between the speaker and the content (a venue: "في مقابلة مع قناة RTVI") must not end the clause.
  const window = text.slice(pos, Math.min(sentence.end, pos + 100));
  // After a fronted phrase German and Russian may drop the complementiser: "sagte Faeser, man prüfe das".
  const at = (fronted ? CONTENT_OR_COMMA : CONTENT_START).exec(window);
  if (!at || /[.!?؟"«»“”]/.test(window.slice(0, at.index))) return null;
  const from = pos + at.index + at[0].length;
  const content = trimContent(text, { start: from, end: sentence.end });
  if (wordCount(text, content) < 3) return null;
  const mixed = quoted.some((q) => q.start < content.end && q.end > content.start);
  return { kind: mixed ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, source, addressee: null };
}
