// Features of one sentence for the check-worthiness model: words, character n-grams, syntax-lite cues and, where
// known, the sentence's place in its debate turn or article (context.ts). Changing anything here changes what the
// weights mean: bump FEATURE_VERSION and retrain (`scripts/train-checkworthiness.ts`).
import { bucket, fnv1a, fnv1aFrom } from '../features/hash.js';
import { tokenize } from '../features/tokens.js';
import { loadWordVectors } from '../word-vectors/index.js';
import { clusterOf, loadClusters } from './clusters.js';
import { vectorRow } from './sentence-vector.js';
import type { LineContext } from './context.js';

export const FEATURE_VERSION = 2;

/** Which feature groups a model uses (stored in the model file; chosen by leave-one-debate-out). */
export interface FeatureGroups {
  /** Character 3–5-grams inside words, digits folded to 0 ("2016" → "<0000>"): spelling variants, numbers. */
  chars: boolean;
  /** The LineContext features. */
  context: boolean;
  /** The word-vector cluster of each word (clusters.ts; absent in older files: off). */
  clusters?: boolean;
  /** A line cut off mid-sentence ("--", "..."): interruptions in debates (absent in older files: off). */
  cut?: boolean;
  /** The speaker's role from their lines (moderator: asks and addresses people by title), and the sentence cues
   * again crossed with it: a moderator's number quotes a candidate (absent in older files: off). */
  role?: boolean;
  /** The sentence's mean word vector as dense features (sentence-vector.ts; absent in older files: off). */
  vectors?: boolean;
  /** Cues relative to the transcript (LineContext.lengthRatio, speakerFigures): its length against the transcript's
   * median line, and how often its speaker cites figures (absent in older files: off). */
  relative?: boolean;
  /** The line's place in its turn (first, second, third to fifth, later) and the share of the turn's other lines
   * citing figures (absent in older files: off). */
  turn?: boolean;
}

export const ALL_GROUPS: FeatureGroups = { chars: true, context: true };

const MODALS = new Set(['would', 'should', 'could', 'might', 'may', 'must', 'can', 'will', "won't", "can't", 'shall', 'ought']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'mine', 'ours', "i'm", "we're", "i've", "we've", "i'll", "we'll", "let's"]);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'll"]);
const OPINION = new Set([
  'think', 'believe', 'feel', 'hope', 'wish', 'want', 'great', 'terrible', 'wonderful', 'horrible', 'disaster', 'important',
  'noteworthy', 'interesting', 'remarkable', 'good', 'bad', 'best', 'worst', 'beautiful', 'sad', 'love', 'hate', 'agree',
  'consider', 'clearly', 'obviously', 'frankly', 'honestly', 'really', 'very', 'absolutely', 'thank', 'thanks', 'please',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);
const MAGNITUDES = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'dollars', 'dozen', 'half', 'twice', 'double', 'triple']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'fifty']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have', 'been']);
const COMPARATIVE = new Set(['more', 'most', 'less', 'fewer', 'least', 'than', 'largest', 'biggest', 'highest', 'lowest', 'first', 'only']);

// Each listed word's flags, in the order of the lists above: one lookup per token instead of one per list, and the
// flags are added in the same order as before (their order is the order of the features, so of the sum's terms).
const WORD_FLAGS = new Map<string, string[]>();
for (const [flag, words] of [['modal', MODALS], ['first', FIRST_PERSON], ['second', SECOND_PERSON], ['opinion', OPINION], ['month', MONTHS],
  ['magnitude', MAGNITUDES], ['numword', NUMBER_WORDS], ['pastaux', PAST_AUX], ['compare', COMPARATIVE]] as const) {
  for (const w of words) {
    const list = WORD_FLAGS.get(w);
    if (list) list.push(flag);
    else WORD_FLAGS.set(w, [flag]);
  }
}

const UNIGRAM = fnv1a('u:');
const CLUSTER = fnv1a('k:');
// Hashes of 'k:' + cluster number, computed once.
const CLUSTER_HASHES = Array.from({ length: 4096 }, (_, k) => fnv1aFrom(CLUSTER, String(k)));
const BIGRAM = fnv1a('b:');
const START_BIGRAM = fnv1aFrom(fnv1aFrom(BIGRAM, '<s>'), ' ');

/** What featureIndices reads of a lower-cased word, found with one lookup per token: the hash of its unigram
 * feature, the hash of 'b:' + it + ' ' (the next token's bigram continues it), its flag words' flags and its shipped
 * cluster (−1: none). */
interface WordKeys {
  unigram: number;
  bigram: number;
  flags: string[] | undefined;
  cluster: number;
  /** The word's row in the shipped vectors (−1: none), −2 until asked for (only models with vectors read it). */
  row: number;
}

function shippedRow(lower: string): number {
  const v = loadWordVectors();
  return v ? vectorRow(v, lower) : -1;
}

// Bounded like the cluster cache it replaces here (cleared past the limit): the words of the news seen so far.
const wordKeys = new Map<string, WordKeys>();

function keysOf(lower: string): WordKeys {
  let keys = wordKeys.get(lower);
  if (!keys) {
    if (wordKeys.size >= 200_000) wordKeys.clear();
    keys = { unigram: fnv1aFrom(UNIGRAM, lower), bigram: fnv1aFrom(fnv1aFrom(BIGRAM, lower), ' '), flags: WORD_FLAGS.get(lower), cluster: clusterOf(loadClusters(), lower) ?? -1, row: -2 };
    wordKeys.set(lower, keys);
  }
  return keys;
}

/** The hashed feature indices of `text` in a table of 2^bits weights (a bag: repeats add up); `rows`, when given,
 * receives each token's row in the shipped word vectors (−1: none; vectorRow in sentence-vector.ts). */
export function featureIndices(text: string, bits: number, groups: FeatureGroups = ALL_GROUPS, context?: LineContext, rows?: number[]): number[] {
  const tokens = tokenize(text);
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  const names: string[] = [];
  let prev = '<s>';
  let prevHash = START_BIGRAM;
  let capitalised = 0;
  let digits = 0;
  const flags = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const { raw, lower } = tokens[i];
    // Hashes of 'u:' + lower and 'b:' + prev + ' ' + lower, continued from the prefixes' hashes (no strings built: speed).
    const keys = keysOf(lower);
    // The rows for the caller's word-vector part (tokenising once is a third of the cost), read with the other keys.
    if (rows) rows.push(keys.row >= -1 ? keys.row : (keys.row = shippedRow(lower)));
    out.push(keys.unigram & mask, fnv1aFrom(prevHash, lower) & mask);
    prevHash = keys.bigram;
    prev = lower;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      digits++;
      if (raw.endsWith('%')) flags.add('pct');
      else if (/^(1[6-9]|20)\d\d$/.test(raw)) flags.add('year');
      else flags.add('num');
    } else if (i > 0 && raw !== lower && raw[0] !== raw[0].toLowerCase()) capitalised++;
    if (raw === '$' || raw === '€' || raw === '£') flags.add('money');
    if (keys.flags) for (const f of keys.flags) flags.add(f);
    if (lower.length > 4 && lower.endsWith('ed')) flags.add('ed');
    if (groups.chars) charGrams(lower, mask, out);
    if (groups.clusters) {
      const k = keys.cluster;
      if (k >= 0 && k < CLUSTER_HASHES.length) out.push(CLUSTER_HASHES[k] & mask);
    }
  }
  names.push('b:' + prev + ' </s>');
  if (text.trimEnd().replace(/["'”’»)]+$/, '').endsWith('?')) flags.add('question');
  if (groups.cut && /(--|—|–|\.\.\.|…)\s*["'”’)\]]*\s*$/.test(text)) flags.add('cut');
  flags.forEach((f) => names.push('f:' + f));
  names.push('len:' + lengthBucket(tokens.length), 'caps:' + Math.min(capitalised, 4), 'digits:' + Math.min(digits, 3));
  if (groups.context && context) contextNames(context, names);
  if (groups.relative && context) relativeNames(context, names);
  if (groups.turn && context) turnNames(context, names);
  if (groups.role && context && context.speakerAsks !== undefined) {
    const moderator = context.speakerAsks >= 0.12 && (context.speakerAddresses ?? 0) >= 0.12;
    const a = context.speakerAddresses ?? 0;
    names.push('r:addr:' + (a < 0.05 ? 0 : a < 0.12 ? 1 : a < 0.2 ? 2 : 3));
    if (moderator) {
      names.push('r:mod');
      flags.forEach((f) => names.push('r:mod:' + f));
    }
  }
  for (const n of names) out.push(bucket(n, bits));
  return out;
}

const CHAR = [fnv1a('c3:'), fnv1a('c4:'), fnv1a('c5:')];

/** Character 3-, 4- and 5-grams of "<word>", digits folded to 0, hashed without building substrings. */
function charGrams(lower: string, mask: number, out: number[]): void {
  const codes: number[] = [60];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    codes.push(c >= 48 && c <= 57 ? 48 : c);
  }
  codes.push(62);
  for (let n = 3; n <= 5; n++) {
    for (let s = 0; s + n <= codes.length; s++) {
      let h = CHAR[n - 3];
      for (let k = s; k < s + n; k++) h = Math.imul(h ^ codes[k], 0x01000193);
      out.push((h >>> 0) & mask);
    }
  }
}

function contextNames(c: LineContext, names: string[]): void {
  if (c.speakerShare !== undefined) names.push('x:share:' + (c.speakerShare < 0.05 ? 0 : c.speakerShare < 0.15 ? 1 : c.speakerShare < 0.35 ? 2 : c.speakerShare < 0.6 ? 3 : 4));
  if (c.speakerRank !== undefined) names.push('x:rank:' + (c.speakerRank < 0.1 ? 0 : c.speakerRank < 0.3 ? 1 : c.speakerRank < 0.7 ? 2 : 3));
  if (c.speakerAsks !== undefined) names.push('x:asks:' + (c.speakerAsks < 0.05 ? 0 : c.speakerAsks < 0.15 ? 1 : c.speakerAsks < 0.3 ? 2 : 3));
  if (c.stage) names.push('x:stage');
  if (c.turnStart) names.push('x:turn-start');
  if (c.turnEnd) names.push('x:turn-end');
  if (c.turnLength !== undefined) names.push('x:turn-len:' + (c.turnLength < 2 ? 1 : c.turnLength < 4 ? 2 : c.turnLength < 10 ? 3 : 4));
  if (c.afterQuestion && c.turnStart) names.push('x:answer-start');
  if (c.position !== undefined) names.push('x:pos:' + Math.min(4, Math.floor(c.position * 5)));
  if (c.prev !== undefined) names.push(...neighbourCues(c.prev).map((n) => 'x:prev:' + n));
  else names.push('x:prev:none');
  if (c.next !== undefined) names.push(...neighbourCues(c.next).map((n) => 'x:next:' + n));
  else names.push('x:next:none');
}

function relativeNames(c: LineContext, names: string[]): void {
  if (c.lengthRatio !== undefined) names.push('x:rel-len:' + (c.lengthRatio < 0.5 ? 0 : c.lengthRatio < 1 ? 1 : c.lengthRatio < 2 ? 2 : 3));
  if (c.speakerFigures !== undefined) names.push('x:figures:' + (c.speakerFigures < 0.05 ? 0 : c.speakerFigures < 0.1 ? 1 : c.speakerFigures < 0.2 ? 2 : 3));
}

function turnNames(c: LineContext, names: string[]): void {
  if (c.turnIndex !== undefined) names.push('x:turn-idx:' + (c.turnIndex < 2 ? c.turnIndex : c.turnIndex < 5 ? 2 : 3));
  if (c.turnFigures !== undefined) names.push('x:turn-fig:' + (c.turnFigures === 0 ? 0 : c.turnFigures < 0.2 ? 1 : c.turnFigures < 0.5 ? 2 : 3));
}

/** A few cues of a neighbouring sentence: check-worthy lines come in runs (a number, then its explanation). */
function neighbourCues(text: string): string[] {
  const out: string[] = [];
  if (/\d/.test(text)) out.push('digit');
  if (/\?\s*["')\]]*\s*$/.test(text)) out.push('question');
  if (/\b(percent|million|billion|trillion|thousand)\b/i.test(text)) out.push('magnitude');
  const words = text.split(/\s+/).filter(Boolean).length;
  out.push('len:' + lengthBucket(words));
  return out;
}

function lengthBucket(n: number): string {
  return n < 5 ? 'xs' : n < 10 ? 's' : n < 20 ? 'm' : n < 35 ? 'l' : 'xl';
}
