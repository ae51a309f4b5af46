import type { Sentence, Span } from '../../core/types.js';
import type { Cue } from './cues.js';
import { sentenceAt, type Found } from './found.js';
import type { Quoted } from './marks.js';
import { sourceAfter, sourceBefore, withTrailingAppositive } from './source-np.js';
import { TIME_ADVERBIAL } from './words.js';
import { nameAfter } from './inverted.js';
import { isFrontedAdverbial } from './fronted.js';
import { isRuleLanguage } from './words-intl.js';

const AFTER_WINDOW = 100;

/**
 * Finds who said a quoted stretch from the words right around it: `X said, "…"`, `X: "…"`, `According to X, "…"`,
 * `"…," X said`, `"…," said X`, `"…" X added`. Returns null when no such pattern is there.
 */
export function attributeQuoted(text: string, q: Quoted, prevEnd: number, sentences: Sentence[], cues: Cue[], used: Set<Cue>, lang: string | null = null): Found | null {
  const sentence = sentenceAt(sentences, q.start);
  const windowStart = Math.max(prevEnd, sentence ? sentence.start : q.start);
  const before = text.slice(windowStart, q.start);
  const endsWithComma = /,\s*$/.test(text.slice(q.inner.start, q.inner.end));
  const tries = endsWithComma || !/[,:]\s*$/.test(before) ? [after, beforeQuote] : [beforeQuote, after];
  for (const attempt of tries) {
    const found = attempt(text, q, windowStart, sentences, cues, used, lang);
    if (found) return found;
  }
  return null;
}

type Attempt = (text: string, q: Quoted, windowStart: number, sentences: Sentence[], cues: Cue[], used: Set<Cue>, lang: string | null) => Found | null;

const beforeQuote: Attempt = (text, q, windowStart, _sentences, cues, used, lang) => {
  const intl = isRuleLanguage(lang);
  const colon = /([:：])\s*$/.exec(text.slice(windowStart, q.start));
  let cue: Cue | null = null;
  for (const c of cues) {
    if (c.end > q.start) break;
    if (c.word.start >= windowStart && !used.has(c)) cue = c;
  }
  if (cue) {
    let rest = text.slice(cue.end, q.start);
    const time = TIME_ADVERBIAL.exec(rest);
    if (time) rest = rest.slice(time[0].length);
    if (cue.entry.kind === 'prep') {
      const source = (intl ? nameAfter : sourceAfter)(text, cue.end + leading(text, cue.end), q.start);
      if (source && /^\s*,\s*$/.test(text.slice(source.end, q.start))) return found(q, cue.word, source, null);
      return null;
    }
    // Verb first ("وقال كابولوف في مقابلة مع قناة RTVI: «…»"), or second after a fronted time or place phrase ("Am
    // Mittwoch sagte Faeser: „…“", fronted.ts): the name after the cue, then anything up to a colon (or a comma there).
    const fronted = intl && isFrontedAdverbial(text, windowStart, cue.start, lang);
    if (intl && cue.entry.kind === 'verb' && (fronted || text.slice(windowStart, cue.start).trim() === '')) {
      const from = cue.end + leading(text, cue.end);
      const source = nameAfter(text, from, q.start);
      const between = text.slice(source ? source.end : from, q.start);
      if ((source || lang === 'ar') && (fronted ? /^[^.!?؟"«»“”]*[:：,]\s*$/ : /^[^.!?؟"«»“”]*[:：]\s*$/).test(between)) {
        used.add(cue);
        return found(q, cue, source, null);
      }
    }
    let addressee: Span | null = null;
    if (cue.entry.addressee && !/^\s*[,:]/.test(rest)) {
      const from = q.start - rest.length;
      addressee = sourceAfter(text, from + leading(text, from), q.start);
      if (addressee) rest = text.slice(addressee.end, q.start);
    }
    if (/^\s*(?:[,:]\s*)?(?:that\s+)?$/.test(rest)) {
      const source = sourceBefore(text, windowStart, cue.start);
      if (!source) return null;
      used.add(cue);
      const that = /that\s+$/.exec(rest);
      const f = found(q, cue, source, addressee);
      // "said that “…”" is indirect speech quoting its words: PolNeAR's content starts at "that".
      return that ? { ...f, kind: 'mixed', content: { start: q.start - that[0].length, end: q.end } } : f;
    }
  }
  if (colon) {
    const colonAt = q.start - colon[0].length;
    const source = sourceBefore(text, windowStart, colonAt);
    if (source && source.start <= windowStart + leading(text, windowStart) + 1) return found(q, { start: colonAt, end: colonAt + 1 }, source, null);
  }
  return null;
};

const after: Attempt = (text, q, _windowStart, sentences, cues, used, lang) => {
  const p = q.end + (/^[\s,\u2014\u2013-]*/.exec(text.slice(q.end, q.end + 10))?.[0].length ?? 0);
  const sentence = sentenceAt(sentences, p);
  const limit = Math.min(sentence ? sentence.end : p + AFTER_WINDOW, p + AFTER_WINDOW);
  for (const c of cues) {
    if (c.start < p) continue;
    if (c.start >= limit || c.entry.kind !== 'verb' || used.has(c)) break;
    if (/[.!?;"“”«»]/.test(text.slice(p, c.start))) break;
    if (c.start === p) {
      // French inversion: "« … », a-t-il ajouté" holds its subject pronoun (the pronoun chain names it).
      const inverted = /^(?:a|avait)-t-(il|elle|on)\s/u.exec(text.slice(c.start, c.end));
      if (inverted) {
        used.add(c);
        const at = c.start + inverted[0].indexOf(inverted[1], 3);
        return found(q, c, { start: at, end: at + inverted[1].length }, null);
      }
      const name = (isRuleLanguage(lang) ? nameAfter : sourceAfter)(text, c.end + leading(text, c.end), limit);
      if (!name) return null;
      const source = withTrailingAppositive(text, name, limit);
      used.add(c);
      return found(q, c, source, null);
    }
    const source = sourceBefore(text, p, c.start);
    if (!source || source.start !== p) return null;
    used.add(c);
    return found(q, c, source, null);
  }
  return null;
};

function found(q: Quoted, cue: Span, source: Span | null, addressee: Span | null): Found {
  return { kind: 'direct', content: { start: q.start, end: q.end }, cue: { start: cue.start, end: cue.end }, source, addressee };
}

function leading(text: string, at: number): number {
  return /^\s*/.exec(text.slice(at, at + 20))?.[0].length ?? 0;
}
