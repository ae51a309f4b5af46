// "O'Malley's move was first reported by [MSNBC].", "Pigs are considered unclean by [Muslims …]", "an allegation
// rejected by [a series of congressional inquiries]": in a passive attribution PolNeAR marks the agent after "by" as the
// source. The tagger finds such cues but seldom the agent (52 of the sources it missed on the selection quarter of
// PolNeAR train follow "by"), and often takes the passive subject, which is the content's topic, for the source.
import type { Grouped, Run } from './group.js';
import type { TagInput } from './input.js';

/** Words between the participle and "by" ("was first reported by", "hotly criticized by", "described to him by"). */
const BETWEEN = new Set(['also', 'first', 'initially', 'originally', 'later', 'widely', 'quickly', 'most', 'famously', 'publicly', 'repeatedly', 'roundly', 'sharply', 'strongly', 'to', 'him', 'her', 'them', 'us', 'me', 'unclean', 'friday', 'monday', 'tuesday', 'wednesday', 'thursday', 'saturday', 'sunday', 'yesterday', 'today', 'the', 'day', 'before', 'earlier', 'last', 'week', 'this']);
/** Past participles not ending in -ed/-en/-wn. */
const IRREGULAR = new Set(['told', 'said', 'made', 'held', 'heard', 'thought', 'brought', 'taught', 'sought', 'felt', 'found', 'led', 'read', 'put', 'set', 'cut', 'let', 'won', 'lost', 'built', 'sent', 'spent', 'struck', 'hit', 'paid', 'laid', 'meant', 'kept', 'left', 'dealt', 'caught', 'bought', 'understood', 'stood', 'run', 'begun', 'sung', 'hung', 'spun']);
/** Words that end the agent: a new clause or an adjunct ("by the NAACP [for] targeting …", "by a reporter [whether] …"). */
const ENDS = new Set(['for', 'with', 'as', 'whether', 'to', 'that', 'about', 'after', 'before', 'during', 'because', 'while', 'when', 'since', 'over', 'against', 'at', 'from', 'than', 'if', 'who', 'which', 'whose', 'where', 'but', 'into', 'through', 'under', 'amid', 'despite', 'without', 'following', 'according', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says']);
/** Words after a comma that open a clause, not an apposition ("by her campaign…, [who] highlighted …"). */
const CLAUSE = new Set(['who', 'which', 'whose', 'that', 'and', 'but', 'or', 'while', 'as', 'when', 'where', 'although', 'though', 'because', 'so', 'saying', 'adding', 'including', 'according', 'in', 'on', 'at', 'after', 'before', 'with', 'for', 'since', 'if', 'not']);
const MAX_TOKENS = 25;
/** Words that open a clause before its subject ("…, and that [it] has since been repeated by …"). */
const LEADS = new Set(['and', 'but', 'or', 'that', 'so', 'yet', 'while', 'although', 'though', 'because', 'as', 'when', 'if']);

const isParticiple = (w: string): boolean => IRREGULAR.has(w) || /[a-z](?:ed|en|wn)$/.test(w);
/** An adverb or other word that may stand between the participle and "by". */
const between = (w: string): boolean => BETWEEN.has(w) || /^[a-z]{3,}ly$/.test(w);

/**
 * In place: a cue whose participle is followed by "by" (a few adverbs, a hearer or a time phrase between) takes the
 * noun phrase after "by" as its source, replacing a source the tagger put before the cue (the passive subject).
 */
export function passiveSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    if (g.source && g.source.from >= g.cue.to) continue;
    const by = byAfter(input, g.cue);
    if (by < 0) continue;
    const agent = agentAt(input, by + 1);
    if (!agent) continue;
    // The passive subject is what is said or thought (PolNeAR: content "Pigs … unclean", "Scenes from the film").
    const subject = g.source ?? subjectBefore(input, g.cue);
    g.source = agent;
    // The tagger sometimes reads the agent as content ("… rejected by [a series of …]").
    g.contents = g.contents.filter((c) => c.to <= agent.from || c.from >= agent.to);
    if (subject && !g.contents.some((c) => c.from < subject.to && subject.from < c.to)) g.contents.push({ role: 3, from: subject.from, to: subject.to });
    g.contents.sort((a, b) => a.from - b.from);
  }
}

/** The words before the cue back to the clause's start (its sentence or a comma or dash), when there are some. */
function subjectBefore(input: TagInput, cue: Run): Run | null {
  const sentence = input.sentences[input.sentenceOf[cue.from]];
  let from = cue.from;
  while (from > sentence.from && !/^[,;:—–-]$/.test(input.tokens[from - 1].text)) from--;
  while (from < cue.from && (/^[^\p{L}\p{N}]+$/u.test(input.tokens[from].text) || LEADS.has(input.lower[from]))) from++;
  // A lone word ("it", "this") says nothing as a quote's content: left out, as when the tagger found no content.
  return cue.from - from >= 2 && cue.from - from <= 12 ? { role: 3, from, to: cue.from } : null;
}

/** Index of the "by" that makes the cue passive, or -1. */
function byAfter(input: TagInput, cue: Run): number {
  const sentence = input.sentences[input.sentenceOf[cue.from]];
  let last = cue.to - 1;
  if (input.lower[last] === 'by') return last > cue.from && isParticiple(input.lower[last - 1]) ? last : -1;
  while (last > cue.from && between(input.lower[last])) last--;
  if (!isParticiple(input.lower[last])) return -1;
  for (let k = cue.to; k < sentence.to && k - cue.to <= 4; k++) {
    if (input.lower[k] === 'by') return k;
    if (!between(input.lower[k])) return -1;
  }
  return -1;
}

/** The noun phrase after "by": to the end of the sentence, a clause, or an adjunct; an apposition after a comma stays. */
function agentAt(input: TagInput, from: number): Run | null {
  const sentence = input.sentences[input.sentenceOf[from - 1]];
  if (from >= sentence.to || !/^[\p{L}\p{N}]/u.test(input.tokens[from].text)) return null;
  let to = from;
  while (to < sentence.to && to - from < MAX_TOKENS) {
    const w = input.lower[to];
    const text = input.tokens[to].text;
    if (w === ',') {
      const next = input.lower[to + 1] ?? '';
      if (to + 1 >= sentence.to || CLAUSE.has(next) || /ing$/.test(next) || /^\d/.test(next)) break;
      to++;
      continue;
    }
    if (/^[.;:!?()"“”—–]$/.test(text) || text === '-' || text === '--') break;
    if (to > from && ENDS.has(w)) break;
    if (to > from && w === 'on' && (!/^\p{Lu}/u.test(input.tokens[to + 1]?.text ?? '') || ENDS.has(input.lower[to + 1]))) break;
    if (to > from && w === 'of' && /ing$/.test(input.lower[to + 1] ?? '')) break;
    if (to > from && /^\p{Ll}+ing$/u.test(text) && !/^(?:leading|ruling|governing|founding|building|polling|king|morning|evening)$/.test(w)) break;
    to++;
  }
  while (to > from && /^[^\p{L}\p{N}]+$/u.test(input.tokens[to - 1].text)) to--;
  return to > from && to - from < MAX_TOKENS ? { role: 1, from, to } : null;
}
