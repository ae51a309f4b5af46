import type { Paragraph, Span } from '../../core/types.js';
import type { Found } from './found.js';
import { mentionsIn, type MentionRef } from './speaker.js';

// Words that make the part before a headline colon a label or an institution, not a person ("Exclusive:", "Poll:",
// "NY Daily News:"). Lower case.
const NOT_A_PERSON = new Set(
  ('breaking exclusive watch video videos update updates live analysis opinion editorial review report reports poll polls survey photos photo ' +
    'gallery listen podcast explainer interview op-ed quiz timeline factbox correction fact-check fact check factcheck the a an in on of ' +
    'news times post press journal daily tv media network agency party committee university ministry government department study ' +
    'new how why what when where who watchdog transcript full text statement official officials sources source')
    .split(' '),
);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|bin|al|da|di|la|le|du|der)$/u;

/**
 * "Speaker Name: statement" as a headline (the title paragraph): a quote attributed to that speaker, kind
 * 'indirect' (a headline condenses; there are no quotation marks), cue null. The part before the colon must be a
 * known person entity, or read like a person's name: one to four capitalised words, none of them a label, whose last
 * word the article names again below the headline (headline case capitalises any phrase: "Stealth Over Health: …").
 */
export function headlineQuote(text: string, paragraphs: readonly Paragraph[], mentions: MentionRef[]): Found | null {
  const title = paragraphs[0];
  if (!title || title.kind !== 'title') return null;
  const line = text.slice(title.start, title.end);
  const m = /^(\s*)([^:\n]{2,60}?)\s*:\s+(?=\S)/u.exec(line);
  if (!m) return null;
  const source: Span = { start: title.start + m[1].length, end: title.start + m[1].length + m[2].length };
  if (!isSpeaker(text, source, mentions, title.end)) return null;
  let end = title.end;
  while (end > source.end && /\s/.test(text[end - 1])) end--;
  // A headline's closing stop, or the separator before its standfirst ("… 'dangerously wrong';"), is not the statement's.
  if (/[.;,]/.test(text[end - 1]) && text[end - 2] !== '.') end--;
  const content = { start: title.start + m[0].length, end };
  if (content.end - content.start < 3) return null;
  const quoted = /^["“«„]/.test(text[content.start]) && /["”»“]$/.test(text[content.end - 1]);
  return { kind: quoted ? 'direct' : 'indirect', content, cue: null, source, addressee: null };
}

function isSpeaker(text: string, source: Span, mentions: MentionRef[], bodyStart: number): boolean {
  const inside = mentionsIn(mentions, source);
  if (inside.some((r) => r.entity.type === 'person' && r.mention.start <= source.start + 1 && r.mention.end >= source.end - 1)) return true;
  if (inside.some((r) => r.entity.type !== 'person')) return false;
  const words = text.slice(source.start, source.end).split(/\s+/);
  if (words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  if (!/^\p{Lu}/u.test(words[0]) || words.some((w) => NOT_A_PERSON.has(w.toLowerCase()))) return false;
  if (/\p{N}/u.test(text.slice(source.start, source.end))) return false;
  return namedAgain(text, words[words.length - 1], bodyStart);
}

function namedAgain(text: string, word: string, from: number): boolean {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}
