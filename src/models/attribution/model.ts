// The attribution tagger at run time: two passes of the linear-chain tagger, the second reading the first's tags.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClaimtrailError } from '../../core/errors.js';
import { lutOf, unpackTables, type LogScale } from './codec.js';
import { FEATURE_VERSION, featurize, K, K_SHARED } from './features.js';
import { WordCache } from './words.js';
import type { TagInput } from './input.js';
import { MIN_COUNT, type Rates, type WordRate } from './rates.js';
import { K2, stackFeatures } from './stack.js';
import { pairTables, scoreShared, scoreStacked, type PairedTables } from './paired.js';
import { T, TAGS, viterbi } from './tagger.js';

export interface PassFile {
  /** Features per token. */
  k: number;
  scale: LogScale;
  trans: number[];
  start: number[];
}

export interface AttributionModelFile {
  name: 'attribution';
  featureVersion: number;
  tags: string[];
  bits: number;
  trained: Record<string, string | number>;
  passes: [PassFile, PassFile];
  /** word → [cue rate, source rate, occurrences] on PolNeAR train. */
  rates: Record<string, [number, number, number]>;
  /**
   * Words (and "~stems") seen 3 to 19 times in training and never in a Cue or Source: rate 0, as the tagger saw them
   * while training. Without them such a word reads as unseen at run time (rate bin "none"), a feature value the
   * tagger never met for it. Files written before 2026-12-06 lack the list.
   */
  zero?: string[];
  /** Scores on PolNeAR dev when the file was written. */
  dev: Record<string, number>;
}

export const MODEL_FILE = new URL('./data/model.json', import.meta.url);
export const WEIGHTS_FILE = new URL('./data/weights.bin', import.meta.url);

export interface AttributionModel {
  readonly file: AttributionModelFile;
  /** Cue and source rates of words on PolNeAR train. */
  readonly rates: Rates;
  /** BIO tags (indices into TAGS) for every token of the input. */
  tag(input: TagInput): Uint8Array;
}

export function ratesOf(file: AttributionModelFile): Rates {
  const out = new Map<string, WordRate>();
  for (const [w, [cue, source, n]] of Object.entries(file.rates)) out.set(w, { cue, source, n });
  for (const w of file.zero ?? []) if (!out.has(w)) out.set(w, { cue: 0, source: 0, n: MIN_COUNT });
  return out;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * The rates as the model file keeps them: every rate the tagger trained with (words seen MIN_COUNT times or more),
 * the common or non-zero ones with their figures, the rare zero ones as a bare word list (their count only matters
 * from 20 on, filter.ts), which keeps the file small.
 */
export function packRates(rates: Rates): Pick<AttributionModelFile, 'rates' | 'zero'> {
  const out: AttributionModelFile['rates'] = {};
  const zero: string[] = [];
  for (const [word, r] of [...rates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (r.cue > 0 || r.source > 0 || r.n >= 20) out[word] = [round(r.cue), round(r.source), r.n];
    else if (r.n >= MIN_COUNT) zero.push(word);
  }
  return { rates: out, zero };
}

export function createAttributionModel(file: AttributionModelFile, tables: Int8Array[]): AttributionModel {
  const rates = ratesOf(file);
  const words = new WordCache(rates);
  const [one, two] = file.passes;
  const paired: PairedTables = pairTables(file.bits, tables[0], tables[1], lutOf(one.scale), lutOf(two.scale));
  const w1 = { trans: Float32Array.from(one.trans), start: Float32Array.from(one.start) };
  const w2 = { trans: Float32Array.from(two.trans), start: Float32Array.from(two.start) };
  // Buffers reused from one document to the next (grown as needed).
  let s1 = new Float64Array(1024 * T);
  let s2 = new Float64Array(1024 * T);
  let buffer = new Uint32Array(1024 * K);
  let stacked = new Uint32Array(1024 * K2);
  return {
    file,
    rates,
    tag(input) {
      const n = input.tokens.length;
      if (n === 0) return new Uint8Array(0);
      if (s1.length < n * T) {
        s1 = new Float64Array(n * T * 2);
        s2 = new Float64Array(n * T * 2);
      }
      if (buffer.length < n * K) buffer = new Uint32Array(n * K * 2);
      if (stacked.length < n * K2) stacked = new Uint32Array(n * K2 * 2);
      const { feats, word } = featurize(input, words, buffer);
      scoreShared(paired, feats, n, K, K_SHARED, s1, s2);
      const first = viterbi(w1, s1, n);
      scoreStacked(paired, stackFeatures(input, first, word, stacked), n, K2, s2);
      return viterbi(w2, s2, n);
    },
  };
}

/** Reads the model shipped in data/ (refused with a clear reason when missing, stale or damaged). */
export function loadAttributionModel(modelPath: string = fileURLToPath(MODEL_FILE), weightsPath: string = fileURLToPath(WEIGHTS_FILE)): AttributionModel {
  const fail = (detail: string, cause?: unknown): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: modelPath, detail: `${detail}; retrain with npm run train -- attribution` }, cause ? { cause } : undefined);
  };
  if (!existsSync(modelPath) || !existsSync(weightsPath)) fail('the attribution model files are missing');
  let file: AttributionModelFile;
  let tables: Int8Array[] = [];
  try {
    file = JSON.parse(readFileSync(modelPath, 'utf8')) as AttributionModelFile;
  } catch (error) {
    return fail('not valid JSON', error);
  }
  if (file.name !== 'attribution' || file.featureVersion !== FEATURE_VERSION || file.tags?.join() !== TAGS.join() || file.passes?.length !== 2) {
    fail(`trained for other features (version ${file.featureVersion}, expected ${FEATURE_VERSION})`);
  }
  if (file.passes[0].k !== K || file.passes[1].k !== K_SHARED + K2) fail('feature counts differ from the code');
  const size = (1 << file.bits) * T;
  try {
    tables = unpackTables(readFileSync(weightsPath), [size, size]);
  } catch (error) {
    fail(`weights unreadable (${(error as Error).message})`, error);
  }
  return createAttributionModel(file, tables);
}
