import { arabicClitics, textWordKeys } from './forms.js';
import type { Caps, Token } from './tokens.js';
import type { Terminal, TrieNode } from './trie.js';

/** A stretch of text that names one or more gazetteer entries (several when an alias is shared). */
export interface Hit {
  start: number;
  end: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  candidates: Terminal[];
}

/** Left to right, longest match first; a match never crosses a line break. */
export function findHits(text: string, tokens: Token[], root: TrieNode): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = longestAt(text, tokens, i, root);
    if (hit) {
      hits.push(hit);
      i = hit.last;
    }
  }
  return hits;
}

function longestAt(text: string, tokens: Token[], i: number, root: TrieNode): Hit | null {
  const first = tokens[i];
  let best: Hit | null = null;
  const plain = root.next.has(first.key);
  const code = first.key.charCodeAt(0);
  if (!plain && !(code >= 0x400 && code <= 0x6ff)) return null; // only Russian stems and Arabic clitics need more
  const starts = textWordKeys(first.key).map((key) => ({ key, skip: 0 }));
  if (!plain) starts.push(...arabicClitics(first.key));
  for (const { key, skip } of starts) {
    const node = root.next.get(key);
    if (!node) continue;
    // Depth-first over the text tokens; a Russian word may continue along several stems.
    const stack: [TrieNode, number][] = [[node, i]];
    while (stack.length) {
      const [current, j] = stack.pop()!;
      if (current.terms.length && (!best || j > best.last)) {
        const ok = current.terms.filter((t) => capsMatch(t.caps, tokens, i, j) && !shoutedAcronym(t, tokens, i, j));
        if (ok.length) best = { start: first.start + skip, end: tokens[j].end, first: i, last: j, candidates: ok };
      }
      const following = tokens[j + 1];
      if (!following || current.next.size === 0 || lineBreakBetween(text, tokens[j].end, following.start)) continue;
      const direct = current.next.get(following.key);
      if (direct) stack.push([direct, j + 1]);
      const c = following.key.charCodeAt(0);
      if (c >= 0x400 && c <= 0x4ff) {
        for (const k of textWordKeys(following.key).slice(1)) {
          const child = current.next.get(k);
          if (child) stack.push([child, j + 1]);
        }
      }
    }
  }
  return best;
}

/** Capitals in the alias must be capitals in the text ("US" is never "us"); long acronyms also match as "Nato". */
function capsMatch(caps: Caps[], tokens: Token[], i: number, j: number): boolean {
  if (caps.length !== j - i + 1) return false;
  for (let k = 0; k < caps.length; k++) {
    const want = caps[k];
    const tok = tokens[i + k];
    if (want === 'upper') {
      if (tok.caps === 'upper') continue;
      if (tok.caps === 'title' && tok.text.length >= 4) continue;
      return false;
    }
    if (want === 'title' && tok.caps !== 'title' && tok.caps !== 'upper' && tok.caps !== 'mixed') return false;
    if (want === 'mixed' && tok.caps !== 'mixed' && tok.caps !== 'upper') return false; // "LeT" is not "Let"
  }
  return true;
}

/** In an all-capitals line ("WHY IS THE US …"), short acronyms are ordinary words. */
function shoutedAcronym(term: Terminal, tokens: Token[], i: number, j: number): boolean {
  if (i !== j || term.caps[0] !== 'upper' || tokens[i].text.length > 3) return false;
  const before = previousWord(tokens, i);
  const after = nextWord(tokens, j);
  return isShout(before) && isShout(after);
}

function isShout(t: Token | undefined): boolean {
  return !!t && t.caps === 'upper' && t.text.length >= 2;
}

function previousWord(tokens: Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (tokens[k].word) return tokens[k];
  return undefined;
}

function nextWord(tokens: Token[], j: number): Token | undefined {
  for (let k = j + 1; k < tokens.length && k <= j + 3; k++) if (tokens[k].word) return tokens[k];
  return undefined;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
