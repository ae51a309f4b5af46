// A small word tokeniser for model features (not for offsets: models see text, stages keep the spans).

export interface Token {
  /** As written, apostrophes normalised to ASCII. */
  raw: string;
  /** Lower-cased form. */
  lower: string;
}

// Words (with inner apostrophes and hyphens), numbers (with separators and a trailing %), and a few symbols
// that carry meaning for check-worthiness ($, %, ?).
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,:/]\d+)*%?|[$€£%?!]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const raw = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    out.push({ raw, lower: raw.toLowerCase() });
  }
  return out;
}
