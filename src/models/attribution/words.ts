// What the feature templates need of one word, computed once per distinct spelling and cached: its hash, shape,
// learned cue and source rates, and those of its stem.
import { fnv1a } from '../features/hash.js';
import { rateBin, type Rates } from './rates.js';
import { wordClassOf } from './wordnet.js';

/** A word is a likely cue when this share of its training occurrences is annotated as a Cue. */
const STRONG_CUE = 0.3;

/** "Xx", "x", "X.X", "d", or the punctuation itself: runs of one class collapse. */
export function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'l' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** What the templates need of one word, computed once per distinct spelling (see WordCache). */
export interface WordInfo {
  word: number;
  shape: number;
  cue: number;
  source: number;
  /** Likely cue by its rate (before looking at quotation marks). */
  strong: boolean;
  /** The stem ("endorsed" → "endors") and its cue-rate bin: inflections share what one of them learned. */
  stem: number;
  stemCue: number;
  /** WordNet class (wordnet.ts): verb.communication, noun.person … */
  lex: number;
}

/** A crude stem: common English inflection endings off ("endorsed", "endorses", "endorsing" → "endors"). */
export function stemOf(lower: string): string {
  if (lower.length < 5) return lower;
  const m = /(?:ing|ed|es|s|e)$/.exec(lower);
  return m && lower.length - m[0].length >= 3 ? lower.slice(0, lower.length - m[0].length) : lower;
}

/** Word infos by spelling, for one rate table: most words of an article were seen in earlier ones. */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(private readonly rates: Rates, private readonly limit = 100_000) {}

  get(raw: string, lower: string): WordInfo {
    let info = this.map.get(raw);
    if (info) return info;
    if (this.map.size >= this.limit) this.map.clear();
    const r = this.rates.get(lower);
    const word = fnv1a(lower);
    const st = stemOf(lower);
    const sr = this.rates.get(`~${st}`);
    info = { word, shape: fnv1a(shape(raw)), cue: rateBin(r?.cue), source: rateBin(r?.source), strong: r !== undefined && r.cue >= STRONG_CUE, stem: fnv1a(st), stemCue: rateBin(sr?.cue), lex: wordClassOf(lower) };
    this.map.set(raw, info);
    return info;
  }
}

