import type { Cues } from './cues.js';
import { isCapitalised } from './tokens.js';
import type { Draft, Work } from './work.js';

const CONNECTORS = new Set(['of', 'to', 'for', 'on', 'in', 'at', 'and', 'the']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
const MAX = 14;

/**
 * A person's role from an apposition, first found in text order:
 * "The Russian … Envoy to Afghanistan, Zamir Kabulov," / "Zamir Kabulov, the Russian envoy," / "Russian envoy Zamir Kabulov".
 */
export function findRoles(work: Work, cues: Cues): void {
  if (work.lang !== 'en') return;
  const ordered = [...work.drafts].sort((a, b) => a.start - b.start);
  for (const d of ordered) {
    const cluster = work.clusters.get(d.cluster)!;
    const local = cluster.entry === null;
    if (cluster.role || (d.kind !== 'name' && d.kind !== 'alias' && d.kind !== 'surname')) continue;
    if (cluster.type !== 'person' && !(local && cluster.type === 'other' && cluster.guessed)) continue;
    const span = before(work, d, cues) ?? after(work, d, cues) ?? premodifier(work, d, cues);
    if (!span) continue;
    const [from, to] = span;
    const start = work.tokens[from].start;
    const end = work.tokens[to].end;
    cluster.role = { start, end, text: work.text.slice(start, end) };
    cluster.type = 'person';
  }
}

/** "The Russian Presidential Special Envoy to Afghanistan, Zamir Kabulov" */
function before(work: Work, d: Draft, cues: Cues): [number, number] | null {
  const t = work.tokens;
  if (t[d.first - 1]?.key !== ',') return null;
  const to = d.first - 2;
  let from = to + 1;
  while (from - 1 >= 0 && to - from < MAX && sameSentence(work, from - 1, d.first) && roleToken(work, from - 1, cues) && !DETERMINERS.has(t[from - 1].key)) from--;
  const edge = t[from - 1];
  if (edge && sameSentence(work, from - 1, d.first) && edge.word && !DETERMINERS.has(edge.key)) return null;
  return trimmed(work, from, to, cues);
}

/** "Zamir Kabulov, the Russian envoy, said" */
function after(work: Work, d: Draft, cues: Cues): [number, number] | null {
  const t = work.tokens;
  if (t[d.last + 1]?.key !== ',') return null;
  let from = d.last + 2;
  if (t[from] && DETERMINERS.has(t[from].key)) from++;
  let to = from - 1;
  while (to + 1 < t.length && to - from < MAX && sameSentence(work, to + 1, d.last) && roleToken(work, to + 1, cues)) to++;
  return to >= from ? trimmed(work, from, to, cues) : null;
}

/** "Russian envoy Zamir Kabulov", "Foreign Minister Sergey Lavrov": the word right before the name is a role noun. */
function premodifier(work: Work, d: Draft, cues: Cues): [number, number] | null {
  const t = work.tokens;
  const to = d.first - 1;
  if (!t[to] || !cues['role-heads'].has(t[to].key) || !sameSentence(work, to, d.first)) return null;
  let from = to;
  while (from - 1 >= 0 && to - from < MAX && sameSentence(work, from - 1, d.first) && roleToken(work, from - 1, cues) && !CONNECTORS.has(t[from - 1].key)) from--;
  return trimmed(work, from, to, cues);
}

/** Connectors and punctuation off both ends; the rest must hold a role noun. */
function trimmed(work: Work, from: number, to: number, cues: Cues): [number, number] | null {
  const t = work.tokens;
  while (from <= to && (!t[from].word || CONNECTORS.has(t[from].key))) from++;
  while (to >= from && (!t[to].word || CONNECTORS.has(t[to].key) || t[to].key === 's')) to--;
  if (to < from) return null;
  for (let k = from; k <= to; k++) if (t[k].word && cues['role-heads'].has(t[k].key)) return [from, to];
  return null;
}

/** Words a title is built from: capitalised words, role nouns and modifiers, connectors, "Russia's", "Secretary-General". */
function roleToken(work: Work, k: number, cues: Cues): boolean {
  const tok = work.tokens[k];
  if (!tok.word) return tok.key === '-' || tok.key === "'";
  if (isCapitalised(tok)) return true;
  return cues['role-heads'].has(tok.key) || cues['role-modifiers'].has(tok.key) || CONNECTORS.has(tok.key) || tok.key === 's';
}

function sameSentence(work: Work, a: number, b: number): boolean {
  return work.sentenceOf[a] === work.sentenceOf[b];
}
