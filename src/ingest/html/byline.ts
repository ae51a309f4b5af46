// Bylines seen on the page and author names split out of them.
import { nameTokens } from './boilerplate.js';
import { elements, hasItemprop, textOf, type ElementNode } from './tree.js';

const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'writer', 'byl', 'creator', 'contributor', 'authorname']);

/** The first byline printed on the page: rel=author, itemprop=author, class/id byline/author, or a "By X" line. */
export function findByline(root: ElementNode): string | null {
  let byClass: string | null = null;
  for (const el of elements(root)) {
    const rel = el.attrs.rel;
    if ((rel && /\bauthor\b/i.test(rel)) || hasItemprop(el, 'author')) {
      const text = cleanByline(textOf(el));
      if (text) return text;
    }
    if (byClass === null && el.textLength > 0 && el.textLength < 80 && nameTokens(el).some((t) => BYLINE_WORDS.has(t))) {
      byClass = cleanByline(textOf(el));
    }
    if (byClass === null && (el.tag === 'p' || el.tag === 'span' || el.tag === 'div') && el.textLength > 3 && el.textLength < 60) {
      const text = textOf(el);
      if (/^[Bb]y\s+\p{Lu}/u.test(text)) byClass = cleanByline(text);
    }
  }
  return byClass;
}

/** "By Jane Roe | March 3, 2020" → "Jane Roe". */
export function cleanByline(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^(written|posted|published|reported|words|story|text)?\s*(by|von|par|por|di)\s*:?\s+/i, '').replace(/^(author|authors|autor|auteur)\s*:\s*/i, '');
  s = s.split(/\s[|•·–—]\s|\s-\s|\bon\s+(?=\w+\s+\d)|\bupdated\b|\bpublished\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i)[0] ?? '';
  s = s.replace(/[,;:]\s*$/, '').trim();
  if (s.length < 3 || s.length > 80 || /^https?:/i.test(s) || !/\p{L}/u.test(s)) return null;
  return s;
}

/** "Jane Roe and John Doe" → ["Jane Roe", "John Doe"]. */
export function splitAuthors(byline: string): string[] {
  return byline
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && /\p{L}/u.test(s));
}
