// A cue that continues its sentence's main clause has that clause's subject for source: "Tester said, [referring] to
// …", "Rival Hillary Clinton had mocked the complaint, [saying] …", "Mr. Trump has attacked loopholes, and [has called
// for] …". PolNeAR marks the subject (or the earlier attribution's source) again as the source of such a cue; the
// tagger, which reads a window of words, mostly leaves it out (a tenth of the sourceless cues of PolNeAR dev).
import type { Grouped, Run } from './group.js';
import type { TagInput } from './input.js';

/** Words that may stand between the comma or "and" and the cue ("…, perhaps recognizing", "and has also called"). */
const BETWEEN = new Set(['also', 'even', 'later', 'then', 'perhaps', 'still', 'further', 'again', 'not', 'has', 'have', 'had', 'was', 'is', 'were', 'are']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const CLOSING = new Set(['”', '"', "'", '’', "''"]);
/** Words that link a participle clause to the main clause ("before insisting", "while acknowledging", "by saying"). */
const LINKING = new Set(['before', 'after', 'while', 'by', 'when', 'without', 'in']);
/** How far into the sentence an opening adverbial may run ("On Thursday, however, [Trump]"; 12 lost 0.1 source exact on the selection quarter). */
const INTRO = 7;
/** Titles written with a full stop before a name. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'rev']);
/** Capitalised words that open a sentence without naming anyone. */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'after', 'before', 'because', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'there', 'here', 'what', 'who', 'why', 'how', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'no', 'one']);

/**
 * Sources (in place) for kept attributions with none whose cue follows a comma or "and" in a sentence that has
 * already named its subject: the source of the attribution before it in the sentence, else the sentence's subject
 * when that is a pronoun or a name.
 */
export function clauseSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    if (!continuesClause(input, g.cue)) continue;
    const sentence = input.sentences[input.sentenceOf[g.cue.from]];
    // A source the tagger took from the words right before ", saying" ("… in Tulsa, Oklahoma, [arguing]") is the
    // clause's last noun, not its subject: replaced as if there were none. A source opening the sentence stays.
    if (g.source && !(g.source.to === g.cue.from - 1 && input.lower[g.source.to] === ',' && g.source.from > sentence.from)) continue;
    let earlier: Run | null = null;
    for (const other of groups) {
      if (other === g || !other.source || other.cue.from >= g.cue.from || other.cue.from < sentence.from) continue;
      if (!earlier || other.cue.from > earlier.from) earlier = other.source;
    }
    g.source = earlier ? { ...earlier } : (subjectOf(input, sentence.from, g.cue.from) ?? g.source);
  }
}

/** The cue follows ", " or "and" (words of BETWEEN aside), after some words of its own sentence. */
function continuesClause(input: TagInput, cue: Run): boolean {
  const sentence = input.sentences[input.sentenceOf[cue.from]];
  let i = cue.from - 1;
  while (i > sentence.from && BETWEEN.has(input.lower[i])) i--;
  if (i <= sentence.from + 1) return false;
  if (input.lower[i] === 'and') return true;
  // "…, but [claimed] …", "… before [insisting] …", "… while [acknowledging] …": the clause's subject goes on.
  if (input.lower[i] === 'but') return true;
  if (LINKING.has(input.lower[i])) return /ing$/.test(input.lower[cue.from]);
  // "… her “50-state strategy,” promising": the comma inside a closing quotation mark (selection quarter of PolNeAR
  // train, 2026-12-07: 9 more sources, all exact).
  if (CLOSING.has(input.lower[i]) && input.lower[i - 1] === ',') i--;
  if (input.lower[i] !== ',') return false;
  // After a comma only a participle continues the clause ("…, saying"); a finite verb there has a subject of its own.
  let head = cue.from;
  while (head < cue.to - 1 && BETWEEN.has(input.lower[head])) head++;
  return /ing$/.test(input.lower[head]);
}

/**
 * The subject that opens a sentence (after a short adverbial phrase and its comma: "On Thursday, however, Trump …"):
 * a personal pronoun, or a name of one to four capitalised words (titles with their stop included) followed by a
 * lower-case word. Anything else (a noun phrase, a clause) is left to the tagger.
 */
function subjectOf(input: TagInput, from: number, to: number): Run | null {
  let start = from;
  for (let i = from; i < Math.min(to, from + INTRO); i++) {
    if (input.lower[i] === ',') {
      start = i + 1;
      while (start < to && (input.lower[start] === 'however' || input.lower[start] === ',')) start++;
    }
  }
  if (start >= to) return null;
  if (PRONOUNS.has(input.lower[start])) return /^\p{Ll}/u.test(input.lower[start + 1] ?? '') ? { role: 1, from: start, to: start + 1 } : null;
  let end = start;
  while (end < to && end - start < 6) {
    const text = input.tokens[end].text;
    if (TITLES.has(input.lower[end]) && input.lower[end + 1] === '.') end += 2;
    else if (/^\p{Lu}/u.test(text) && !NOT_A_NAME.has(input.lower[end])) end++;
    else break;
  }
  if (end === start || end >= to || !/^\p{Ll}/u.test(input.tokens[end].text)) return null;
  return { role: 1, from: start, to: end };
}
