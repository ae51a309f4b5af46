// Word tokens with document offsets, and the same word split for cue phrases, so a cue's words match the text's.

export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened ("america's"). */
  lower: string;
  /** Letters or digits, as opposed to punctuation. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("America’s", "IS-K", "counter-terrorist"); any other mark is a token.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s]/gu;
const LETTER = /[\p{L}\p{N}]/u;

export function normalize(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

// Words repeat across sentences and documents: each one's lower case and kind is worked out once per process (bounded).
const seen = new Map<string, { lower: string; word: boolean }>();
const CACHE_LIMIT = 100_000;

/** Tokens of `text[from, to)` with document offsets. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  // Matched in place (no slice of the sentence): the pattern looks at no character before a match, so a match
  // starting in the span is the slice's match unless it runs past `to`; the rest is then matched on a slice. A span
  // starting inside a surrogate pair is matched on a slice as a whole.
  const inPlace = !(from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1)));
  const source = inPlace ? text : text.slice(from, to);
  const offset = inPlace ? 0 : from;
  const end = inPlace ? to : to - from;
  TOKEN.lastIndex = inPlace ? from : 0;
  for (let m = TOKEN.exec(source); m && m.index < end; m = TOKEN.exec(source)) {
    if (m.index + m[0].length > end) {
      const rest = tokenize(source.slice(m.index, end), 0, end - m.index);
      for (const t of rest) out.push({ start: t.start + offset + m.index, end: t.end + offset + m.index, lower: t.lower, word: t.word });
      break;
    }
    out.push(token(m[0], offset + m.index));
  }
  return out;
}

function token(raw: string, start: number): Token {
  let info = seen.get(raw);
  if (!info) {
    info = { lower: normalize(raw), word: LETTER.test(raw[0]) };
    if (seen.size >= CACHE_LIMIT) seen.clear();
    seen.set(raw, info);
  }
  return { start, end: start + raw.length, lower: info.lower, word: info.word };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The lower-case words of a cue phrase ("*" kept as the any-word marker). */
export function wordsOf(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean).flatMap((part) => (part === '*' ? ['*'] : tokenize(part, 0, part.length).map((t) => t.lower)));
}

/** Expands "{a|b} c {d|e}" into every combination ("a c d", "a c e", "b c d", "b c e"). */
export function expandCue(cue: string): string[] {
  const group = /\{([^{}]*)\}/.exec(cue);
  if (!group) return [cue.trim().replace(/\s+/g, ' ')];
  const head = cue.slice(0, group.index);
  const tail = cue.slice(group.index + group[0].length);
  return group[1].split('|').flatMap((alt) => expandCue(head + alt + tail));
}

/** Possessive "’s" on a token: "America’s adversaries" are not America. */
export function isPossessive(token: Token): boolean {
  return /'s$/.test(token.lower);
}
