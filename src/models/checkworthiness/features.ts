// Features of one sentence for the check-worthiness model. Changing anything here changes what the weights
// mean: bump FEATURE_VERSION and retrain (`scripts/train-checkworthiness.ts`).
import { bucket, fnv1a, fnv1aFrom } from '../features/hash.js';
import { tokenize } from '../features/tokens.js';

export const FEATURE_VERSION = 1;

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

const UNIGRAM = fnv1a('u:');
const BIGRAM = fnv1a('b:');

/** The hashed feature indices of `text` in a table of 2^bits weights (a bag: repeats add up). */
export function featureIndices(text: string, bits: number): number[] {
  const tokens = tokenize(text);
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  const names: string[] = [];
  let prev = '<s>';
  let capitalised = 0;
  let digits = 0;
  const flags = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const { raw, lower } = tokens[i];
    // Hashes of 'u:' + lower and 'b:' + prev + ' ' + lower, continued from the prefixes' hashes (no strings built: speed).
    out.push(fnv1aFrom(UNIGRAM, lower) & mask, fnv1aFrom(fnv1aFrom(fnv1aFrom(BIGRAM, prev), ' '), lower) & mask);
    prev = lower;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      digits++;
      if (raw.endsWith('%')) flags.add('pct');
      else if (/^(1[6-9]|20)\d\d$/.test(raw)) flags.add('year');
      else flags.add('num');
    } else if (i > 0 && raw !== lower && raw[0] !== raw[0].toLowerCase()) capitalised++;
    if (raw === '$' || raw === '€' || raw === '£') flags.add('money');
    if (MODALS.has(lower)) flags.add('modal');
    if (FIRST_PERSON.has(lower)) flags.add('first');
    if (SECOND_PERSON.has(lower)) flags.add('second');
    if (OPINION.has(lower)) flags.add('opinion');
    if (MONTHS.has(lower)) flags.add('month');
    if (MAGNITUDES.has(lower)) flags.add('magnitude');
    if (NUMBER_WORDS.has(lower)) flags.add('numword');
    if (PAST_AUX.has(lower)) flags.add('pastaux');
    if (COMPARATIVE.has(lower)) flags.add('compare');
    if (lower.length > 4 && lower.endsWith('ed')) flags.add('ed');
  }
  names.push('b:' + prev + ' </s>');
  if (text.trimEnd().replace(/["'”’»)]+$/, '').endsWith('?')) flags.add('question');
  flags.forEach((f) => names.push('f:' + f));
  names.push('len:' + lengthBucket(tokens.length), 'caps:' + Math.min(capitalised, 4), 'digits:' + Math.min(digits, 3));
  for (const n of names) out.push(bucket(n, bits));
  return out;
}

function lengthBucket(n: number): string {
  return n < 5 ? 'xs' : n < 10 ? 's' : n < 20 ? 'm' : n < 35 ? 'l' : 'xl';
}
