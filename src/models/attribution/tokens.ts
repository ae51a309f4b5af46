// Tokens for the attribution tagger: words keep inner dots, hyphens and apostrophes ("U.S", "don’t", "al-Assad"),
// a possessive or contraction ("’s", "’ll", "’m", "’d", "’re", "’ve") is a token of its own (PolNeAR ends a source
// before it: "[Kerry]’s announcement"), and every other non-space character is one token.

export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[.'’\-&](?=[\p{L}\p{N}]))*|\S/gu;
const CLITIC = /^(.+?)(['’](?:s|ll|m|d|re|ve))$/iu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = TOKEN;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const word = m[0];
    const start = m.index;
    const end = Math.min(to, start + word.length);
    const c = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null;
    if (c) {
      out.push({ start, end: start + c[1].length, text: c[1] });
      out.push({ start: start + c[1].length, end, text: c[2] });
    } else out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
