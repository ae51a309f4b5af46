import type { Span } from '../../core/types.js';
import { group, runsOf, spanOf, type Grouped, type Run } from '../../models/attribution/group.js';
import { appositiveSources, descriptorSources } from '../../models/attribution/appositive-source.js';
import { verbInSources } from '../../models/attribution/verb-in-source.js';
import { headSources } from '../../models/attribution/head-source.js';
import { possessorSources } from '../../models/attribution/possessor-source.js';
import { numberSources } from '../../models/attribution/number-source.js';
import { frontedPhraseSources } from '../../models/attribution/fronted-phrase.js';
import { coordinatedSources } from '../../models/attribution/coordinated-source.js';
import { clauseSources } from '../../models/attribution/clause-source.js';
import { fillContents } from '../../models/attribution/content-fill.js';
import { invertedSources } from '../../models/attribution/inverted-source.js';
import { passiveSources } from '../../models/attribution/passive-source.js';
import { raisingSubjects } from '../../models/attribution/raising.js';
import { relativeSources } from '../../models/attribution/relative-source.js';
import { subjectSources } from '../../models/attribution/subject-source.js';
import { plausible } from '../../models/attribution/filter.js';
import type { TagInput } from '../../models/attribution/input.js';
import type { Rates } from '../../models/attribution/rates.js';
import type { Found } from './found.js';
import type { Quoted } from './marks.js';
import { sourceBefore } from './source-np.js';

// The tail of an occasion phrase ahead of "that" ("[at a] press conference that …", "in a statement that …"): the
// tagger sometimes starts the content inside it; the content starts at "that", and the occasion stays a venue.
const OCCASION_THEN_THAT = /^(?:(?:at|in|during|on|via)\s+)?(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|speech|press conference|news conference|conference|tweet|post|letter|op-ed|rally|briefing|email|video|appearance|Twitter|Facebook|television|radio|podcast)(?:\s+(?:with|on|to|at|in)\s+[^,.;:"“”]{1,50}?)?\s*,?\s+(?=that\s)/iu;

// Verbs whose object is a hearer, not the content ("told RTVI that …"): the words between are a venue candidate.
const HEARER_CUE = /(?:^|\s)(?:told|tells|telling|tell|informed|assured|warned|reminded)$/i;

/**
 * Attributions from the tagger's tags: one Found per content run, all runs of one attribution sharing its cue and
 * source (a quote continued after "he said." is one attribution with two contents, as PolNeAR marks it).
 */
export function foundFromTags(text: string, input: TagInput, tags: Uint8Array, quoted: Quoted[], rates: Rates): Found[] {
  const out: Found[] = [];
  const groups = group(input, runsOf(tags), tags);
  relativeSources(input, groups);
  passiveSources(input, groups);
  for (const g of groups) if (!g.source) g.source = sourceByRule(text, input, tags, g, rates);
  invertedSources(input, groups, tags, rates);
  clauseSources(input, groups);
  subjectSources(input, groups, tags);
  raisingSubjects(input, groups);
  appositiveSources(input, groups);
  coordinatedSources(input, groups);
  descriptorSources(input, groups);
  verbInSources(input, groups, rates);
  headSources(input, groups, rates);
  possessorSources(input, groups);
  numberSources(input, groups);
  frontedPhraseSources(input, groups);
  const kept = plausible(input, groups, rates);
  fillContents(input, kept);
  for (const g of kept) {
    const cue = spanOf(input, g.cue);
    const source = g.source ? spanOf(input, g.source) : null;
    for (const run of g.contents) {
      const content = startAtThat(text, spanOf(input, run));
      out.push({ kind: kindOf(content, quoted), content, cue, source, addressee: hearer(text, cue, content) });
    }
  }
  return out;
}

/**
 * A speech verb the tagger found with no source (its words a Cue 80%+ of the time on PolNeAR train: said, told,
 * reiterated …), its content after it, and nothing tagged before it in the sentence: the noun phrase right before the
 * cue, as the rules find it ("The Russian … Envoy to Afghanistan, Zamir Kabulov, reiterated"). Held-out train: 3 of
 * 5 such sources right; with weaker cues, 1 in 5.
 */
function sourceByRule(text: string, input: TagInput, tags: Uint8Array, g: Grouped, rates: Rates): Run | null {
  if (!g.contents.length || g.contents.some((c) => c.from < g.cue.to)) return null;
  let rate = 0;
  for (let i = g.cue.from; i < g.cue.to; i++) rate = Math.max(rate, rates.get(input.lower[i])?.cue ?? 0);
  if (rate < 0.8) return null;
  const sentence = input.sentences[input.sentenceOf[g.cue.from]];
  if (g.cue.from === sentence.from) return null;
  for (let i = sentence.from; i < g.cue.from; i++) if (tags[i] !== 0) return null;
  const found = sourceBefore(text, input.tokens[sentence.from].start, input.tokens[g.cue.from].start);
  if (!found) return null;
  let from = g.cue.from;
  while (from > sentence.from && input.tokens[from - 1].start >= found.start) from--;
  return from < g.cue.from && input.tokens[from].start === found.start ? { role: 1, from, to: g.cue.from } : null;
}

function startAtThat(text: string, content: Span): Span {
  const m = OCCASION_THEN_THAT.exec(text.slice(content.start, Math.min(content.end, content.start + 120)));
  return m && m[0].length < content.end - content.start ? { start: content.start + m[0].length, end: content.end } : content;
}

/** Direct when the content is one quoted stretch, mixed when it holds quoted words, indirect otherwise. */
function kindOf(content: Span, quoted: Quoted[]): Found['kind'] {
  let mixed = false;
  for (const q of quoted) {
    if (q.end <= content.start) continue;
    if (q.start >= content.end) break;
    if (q.start === content.start && Math.abs(q.end - content.end) <= 1) return 'direct';
    mixed = true;
  }
  return mixed ? 'mixed' : 'indirect';
}

/** "told RTVI that …": the capitalised words between a hearer cue and its content. */
function hearer(text: string, cue: Span, content: Span): Span | null {
  if (content.start <= cue.end || !HEARER_CUE.test(text.slice(cue.start, cue.end))) return null;
  const between = text.slice(cue.end, content.start);
  const m = /^\s+((?:the\s+)?\p{Lu}[^,;:.!?"“”]*?)[\s,:]*(?:that\s*)?$/u.exec(between);
  if (!m) return null;
  const start = cue.end + between.indexOf(m[1]);
  return { start, end: start + m[1].length };
}
