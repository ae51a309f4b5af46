// Line-level judgements for plain-text ingest: page debris, bylines, titles.

const DEBRIS = [
  /^exit mobile version$/i,
  /^(share|share this|share on \w+|share this (article|story|post)|tweet|print|email|whatsapp|telegram|facebook|twitter|linkedin|pinterest|reddit)[:.!]?$/i,
  /^(related( posts| articles| stories| news)?|read (more|also|next)|you may (also )?like|more (from|on) .{0,40}|recommended( for you)?|popular posts|trending( now)?)[:.]?$/i,
  /^(like this|loading\.{0,3}|leave a (reply|comment)|comments?( \(\d+\))?|\d+ comments?|no comments( yet)?|post navigation|previous (post|article)|next (post|article))[:.]?$/i,
  /^(tags?|categories|filed under|posted in)\s*:.*$/i,
  /^(advertisement|sponsored( content)?|subscribe( now)?|sign up.*newsletter.*|skip to (main )?content|back to top|scroll to top)$/i,
  /^(©|copyright\b|all rights reserved).{0,120}$/i,
];

export function isDebrisLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length < 160 && DEBRIS.some((re) => re.test(trimmed));
}

const NAME_WORD = /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|\p{Lu}{2,}|(al|el|bin|ibn|van|von|de|der|da|di|du|la|le|ben|abu)-?|[\p{Lo}\p{Lu}][\p{L}'’-]*)$/u;

/**
 * A trailing author line: "Abu Ahmad", "By Jane Roe", "— Jane Roe and John Doe", "Written by …".
 * Only short lines of name-like words, and only when some article text stands above it.
 */
export function parseBylineLine(line: string, hasTextAbove: boolean): { byline: string; authors: string[] } | null {
  if (!hasTextAbove) return null;
  const trimmed = line.trim();
  if (trimmed.length > 80 || /[.!?:;"“”]$/.test(trimmed)) return null;
  const body = trimmed.replace(/^(?:[—–-]\s*|(?:written |reported |report(?:ing)? )?by\s+)/i, '');
  const authors = body.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  if (!authors.length || authors.length > 4) return null;
  const ok = authors.every((name) => {
    const words = name.split(/\s+/);
    return words.length >= 1 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && /\p{Lu}|\p{Lo}/u.test(name[0]);
  });
  // A lone word is an author only after an explicit "By".
  if (!ok || (authors.length === 1 && authors[0].split(/\s+/).length === 1 && body === trimmed)) return null;
  return { byline: trimmed, authors };
}

/** A first line is a title when it is short, has no final full stop, and body text follows it. */
export function looksLikeTitle(line: string, rest: { text: string }[]): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 8 || trimmed.length > 250) return false;
  if (/[.,;]$/.test(trimmed) && !/\.\.\.$/.test(trimmed)) return false;
  const body = rest.filter((l) => l.text);
  return body.length > 0;
}
