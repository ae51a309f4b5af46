// Which tagged attributions to keep. PolNeAR marks beliefs, intentions and perceptions as well as speech, and the
// tagger sometimes takes an ordinary verb for a cue; the product wants who said what, so an attribution is kept when
// its cue words are cue words often enough in PolNeAR train, judged by its rate and whether it names a source.
// Thresholds chosen on a held-out quarter of train (cue precision of the dropped groups: 0–31%).
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';
import type { Rates } from './rates.js';
import { stemOf } from './words.js';
import { verbClassOf } from './wordnet.js';

/** With a source, the best cue word must be a Cue at least this often. */
const MIN_RATE_WITH_SOURCE = 0.1;
/** With no source ("…, saying that …"), at least this often. */
const MIN_RATE_WITHOUT_SOURCE = 0.5;
/** A one-word source that is a source less often than this, and not a name, is no source ("instead emphasized"). */
const MIN_SOURCE_RATE = 0.02;
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** A cue word this frequent and this reliable is a speech cue wherever it stands ("As Kabulov noted, …"). */
const ESTABLISHED = { rate: 0.5, n: 20 };
/** WordNet lexicographer files verb.cognition (31) and verb.communication (32). */
const SAYING_OR_THINKING = new Set([31, 32]);
/** Chosen on the selection quarter of PolNeAR train: 0.3 and 0.6 scored the same. */
const RARE_VERB_RATE = 0.3;
const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'although', 'though', 'once', 'until', 'whereas']);

/**
 * Drops implausible sources (in place) and returns the attributions worth keeping: a cue word that is seldom a cue,
 * a lone demonstrative for a source, no source and under three words of content, or an ordinary verb in an adverbial clause whose "content" is the main
 * clause ("as the forces withdrew, [they imposed sanctions]").
 */
export function plausible(input: TagInput, groups: Grouped[], rates: Rates): Grouped[] {
  return groups.filter((g) => {
    // "This indicates that …" is the writer drawing a conclusion, not a source speaking.
    if (g.source && g.source.to - g.source.from === 1 && DEMONSTRATIVES.has(input.lower[g.source.from])) return false;
    if (g.source && !sourceLike(input, g, rates)) g.source = null;
    const rate = cueRate(input, g, rates);
    if (rate < (g.source ? MIN_RATE_WITH_SOURCE : MIN_RATE_WITHOUT_SOURCE)) return false;
    if (!g.source && contentWords(input, g) < 3) return false;
    return !mainClauseOfAdverbial(input, g, rates);
  });
}

function contentWords(input: TagInput, g: Grouped): number {
  let n = 0;
  for (const r of g.contents) for (let i = r.from; i < r.to; i++) if (/[\p{L}\p{N}]/u.test(input.lower[i])) n++;
  return n;
}

function mainClauseOfAdverbial(input: TagInput, g: Grouped, rates: Rates): boolean {
  const sentence = input.sentences[input.sentenceOf[g.cue.from]];
  const first = g.source ? Math.min(g.source.from, g.cue.from) : g.cue.from;
  let inClause = false;
  for (let i = sentence.from; i < first; i++) {
    if (SUBORDINATORS.has(input.lower[i])) inClause = true;
    else if (input.lower[i] === ',') inClause = false;
  }
  if (!inClause) return false;
  const last = rates.get(input.lower[g.cue.to - 1]);
  if (last && last.cue >= ESTABLISHED.rate && last.n >= ESTABLISHED.n) return false;
  return g.contents.some((r) => r.from > g.cue.to && input.lower.slice(g.cue.to, r.from).includes(','));
}

/**
 * The best cue rate of the cue's words. A word too rare for a rate of its own (seen under three times in PolNeAR
 * train) takes its stem's ("touts" → "tout"), and failing that, a verb of communication or cognition in WordNet
 * counts as RARE_VERB_RATE: enough with a source, not without one. Before this back-off every such cue was dropped.
 */
function cueRate(input: TagInput, g: Grouped, rates: Rates): number {
  let best = -1;
  for (let i = g.cue.from; i < g.cue.to; i++) {
    const w = input.lower[i];
    const r = (rates.get(w) ?? rates.get(`~${stemOf(w)}`))?.cue;
    best = Math.max(best, r ?? (SAYING_OR_THINKING.has(verbClassOf(w)) ? RARE_VERB_RATE : -1));
  }
  return best;
}

function sourceLike(input: TagInput, g: Grouped, rates: Rates): boolean {
  const s = g.source!;
  if (s.to - s.from !== 1) return true;
  const word = input.lower[s.from];
  const rate = rates.get(word);
  return !rate || rate.source >= MIN_SOURCE_RATE || /^\p{Lu}/u.test(input.tokens[s.from].text);
}
