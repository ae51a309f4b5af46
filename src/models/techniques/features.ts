// Feature strings for the two models: one per token (is it inside a technique span?) and one per span (which
// technique?). Strings, not indices, so the stage can explain a decision with the features that carried it.
import type { DocTokens } from './tokens.js';

/** Bump when a feature changes: a model trained on other features is refused. */
export const FEATURE_VERSION = 3;

/** Word → share of its training occurrences inside a technique span (learned; words seen 3+ times). */
export type Rates = ReadonlyMap<string, number>;

const rateBin = (r: number | undefined): string => (r === undefined ? 'unk' : String(Math.min(9, Math.floor(r * 10))));

/** A feature is prefix + a + b + c (the parts let a scorer hash it without building the string). */
export type Emit = (prefix: string, a?: string, b?: string, c?: string) => void;

/** An Emit that collects the feature strings (training, explanations). */
export function collector(out: string[]): Emit {
  return (prefix, a = '', b = '', c = '') => void out.push(prefix + a + b + c);
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'for', 'on', 'that', 'this', 'with', 'as', 'at', 'by', 'it', 'its', 'from', 'has', 'have', 'had', 'not', 'but', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'will', 'would', 'said', 'which', 'who']);

const bucketLen = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+');

function word(d: DocTokens, i: number, from: number, to: number): string {
  return i < from ? '<s>' : i >= to ? '</s>' : d.toks[i].lower;
}

/** Features of token i: itself, its neighbours, its sentence, the cues that cover it, repetition in the document. */
export function tokenFeatures(d: DocTokens, i: number, emit: Emit, rates: Rates): void {
  const t = d.toks[i];
  const s = d.sentences[t.sentence];
  const w = t.lower;
  const p1 = word(d, i - 1, s.from, s.to), p2 = word(d, i - 2, s.from, s.to);
  const n1 = word(d, i + 1, s.from, s.to), n2 = word(d, i + 2, s.from, s.to);
  emit('bias');
  emit('w=', w);
  emit('p1=', p1);
  emit('n1=', n1);
  emit('p2=', p2);
  emit('n2=', n2);
  emit('pw=', p1, '|', w);
  emit('wn=', w, '|', n1);
  emit('sh=', t.shape);
  const r0 = rateBin(rates.get(w));
  emit('rate=', r0);
  emit('rate=', r0, '|', t.shape);
  emit('prate=', i > s.from ? rateBin(rates.get(p1)) : '<s>', '|', r0);
  emit('nrate=', r0, '|', i + 1 < s.to ? rateBin(rates.get(n1)) : '</s>');
  if (w.length > 4) emit('suf=', w.slice(-3));
  if (t.quoted) emit('quoted');
  if (s.question) emit('s:question');
  if (s.exclaim) emit('s:exclaim');
  if (t.sentence === 0) emit('s:first');
  emit('s:len=', bucketLen(s.to - s.from));
  const rel = (i - s.from) / Math.max(1, s.to - s.from);
  emit('pos=', rel < 0.2 ? 'begin' : rel > 0.8 ? 'end' : 'mid');
  for (const c of d.cues[i]) emit('cue=', c);
  for (const c of s.cues) emit('s:cue=', c);
  if (t.shape !== 'p' && !STOP.has(w) && w.length > 3) {
    const f = d.freq.get(w) ?? 0;
    if (f >= 3) emit(f >= 6 ? 'rep=6+' : 'rep=3+');
  }
}

/** Features of the span of tokens [a, b): its words, edges, context, length, cues, quotes and repetition. */
export function spanFeatures(d: DocTokens, a: number, b: number, emit: Emit, repeats: number): void {
  const first = d.toks[a];
  const s = d.sentences[first.sentence];
  emit('bias');
  let words = 0;
  let caps = 0;
  let quoted = 0;
  const cues = new Set<string>();
  for (let i = a; i < b; i++) {
    const t = d.toks[i];
    if (t.shape === 'p') {
      if (t.lower === '?' || t.lower === '!' || t.lower === '#') emit('sp:', t.lower);
      continue;
    }
    words++;
    if (t.shape === 'A') caps++;
    if (t.quoted) quoted++;
    emit('sw=', t.lower);
    if (i + 1 < b) emit('sb=', t.lower, '|', d.toks[i + 1].lower);
    for (const c of d.cues[i]) cues.add(c);
  }
  emit('first=', first.lower);
  emit('last=', d.toks[b - 1].lower);
  emit('len=', bucketLen(words));
  const cover = (b - a) / Math.max(1, s.to - s.from);
  emit('cover=', cover > 0.9 ? 'all' : cover > 0.5 ? 'most' : cover > 0.2 ? 'part' : 'little');
  emit('L1=', word(d, a - 1, s.from, s.to));
  emit('L2=', word(d, a - 2, s.from, s.to), '|', word(d, a - 1, s.from, s.to));
  emit('R1=', word(d, b, s.from, s.to));
  emit('R2=', word(d, b, s.from, s.to), '|', word(d, b + 1, s.from, s.to));
  for (const c of cues) emit('cue=', c);
  for (const c of s.cues) if (!cues.has(c)) emit('s:cue=', c);
  if (s.question) emit('s:question');
  if (s.exclaim) emit('s:exclaim');
  if (first.sentence === 0) emit('s:first');
  if (caps && caps === words) emit('allcaps');
  if (quoted && quoted === words) emit('quoted');
  const before = a > 0 ? d.toks[a - 1].lower : '';
  if (before === '"' || before === '“' || before === "'" || before === '‘') emit('quote-open');
  emit('repeats=', repeats >= 3 ? '3+' : String(repeats));
}

/** How often the span's word sequence occurs in the document (capped scan: bounded on any input). */
export function countRepeats(d: DocTokens, a: number, b: number, positions: Map<string, number[]>): number {
  const n = b - a;
  if (n > 12) return 1;
  const list = positions.get(d.toks[a].lower) ?? [];
  let count = 0;
  for (let k = 0; k < list.length && k < 400; k++) {
    const p = list[k];
    let ok = p + n <= d.toks.length;
    for (let j = 1; ok && j < n; j++) ok = d.toks[p + j].lower === d.toks[a + j].lower;
    if (ok) count++;
  }
  return Math.max(1, count);
}

/** Token positions of each lower-cased word (for countRepeats). */
export function positionsOf(d: DocTokens): Map<string, number[]> {
  const out = new Map<string, number[]>();
  d.toks.forEach((t, i) => {
    const list = out.get(t.lower);
    if (list) list.push(i);
    else out.set(t.lower, [i]);
  });
  return out;
}
