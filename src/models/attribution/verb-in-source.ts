// "[Mr. Trump] released a statement …", "[Corey Lewandowski] helped convince …": the tagger sometimes
// runs a source before its cue on over the subject's own verb. A source ends before a lower-case past form (a WordNet
// verb with no person, group or communication noun sense) right after a capitalised word, with no comma or relative
// pronoun before it in the source (PolNeAR keeps relative clauses and reduced ones: "…, who released", "a poll
// released Monday"). Third-person forms were tried and cut names ("The New York Times", "Protest groups"). Selection
// quarter of PolNeAR train (2026-12-07): 10 sources cut, 7 of them made exact (source exact 69.1 → 69.2).
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';
import type { Rates } from './rates.js';
import { wordClassOf } from './wordnet.js';

/** A word opening its sentence is taken for a name when it is part of a Source this often in PolNeAR train. */
const NAME_SOURCE_RATE = 0.2;
const CLAUSE = new Set([',', 'who', 'which', 'that', 'whose', '(', '—', '–']);
const VERB_FORM = /^[a-z]{3,}ed$/;

/** In place: sources before their cue cut at a verb that follows the subject's name. */
export function verbInSources(input: TagInput, groups: Grouped[], rates: Rates): void {
  for (const g of groups) {
    const s = g.source;
    if (!s || s.to > g.cue.from || s.to - s.from < 2) continue;
    const sentence = input.sentences[input.sentenceOf[s.from]];
    for (let k = s.from + 1; k < s.to; k++) {
      const w = input.lower[k];
      if (CLAUSE.has(w)) break;
      if (!VERB_FORM.test(input.tokens[k].text) || !/^[\p{Lu})]/u.test(input.tokens[k - 1].text)) continue;
      // "Depositions released in March": a capitalised common word opening the sentence is no name.
      if (k - 1 === sentence.from && (rates.get(input.lower[k - 1])?.source ?? 0) < NAME_SOURCE_RATE) continue;
      const c = wordClassOf(w);
      if (c >> 6 === 0 || (c & 63) !== 0) continue;
      s.to = k;
      break;
    }
  }
}
