// "[Aides to] Mr. Sanders said", "[attorneys for] the department argued": the tagger sometimes starts a source at the
// object of its head noun's preposition. A source right after "to", "for", "with", "of", "at" or "from" takes back the
// noun phrase before it when that phrase's last word is a likely source word in PolNeAR train (aides, attorneys,
// officials, spokesman …) and the phrase opens its sentence or clause. Selection quarter of PolNeAR train
// (2026-12-07): 2 sources changed, both made exact; a rate floor of 0.1 changed 7 for 3 (not kept).
import type { Span } from '../../core/types.js';
import { sourceBefore } from '../../stages/quotes/source-np.js';
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';
import type { Rates } from './rates.js';

const PREPOSITIONS = new Set(['to', 'for', 'with', 'of', 'at', 'from']);
/** A head word that is part of a Source at least this often (and seen this many times) in PolNeAR train. */
const HEAD_SOURCE_RATE = 0.3;
const HEAD_MIN_COUNT = 5;
/** What may stand right before the phrase: its sentence's start, a clause opener, punctuation. */
const OPENERS = new Set(['and', 'but', 'as', 'while', 'when', 'after', 'before', 'because', 'that', 'if', 'although', 'though', 'so', 'yet', 'even', 'meanwhile', 'however']);
const MAX_TOKENS = 8;
/** A phrase the noun-phrase scan runs back to a subject pronoun over is a clause ("He met aides to …"). */
const SUBJECTS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you']);

/** In place: sources that start after "head noun + preposition" take the head noun phrase back. */
export function headSources(input: TagInput, groups: Grouped[], rates: Rates): void {
  for (const g of groups) {
    const s = g.source;
    if (!s || s.to > g.cue.from || s.from < 2 || !PREPOSITIONS.has(input.lower[s.from - 1])) continue;
    const head = s.from - 2;
    const r = rates.get(input.lower[head]);
    if (!r || r.source < HEAD_SOURCE_RATE || r.n < HEAD_MIN_COUNT) continue;
    const sentence = input.sentences[input.sentenceOf[s.from]];
    if (head < sentence.from) continue;
    const np: Span | null = sourceBefore(input.text, input.tokens[sentence.from].start, input.tokens[head].end);
    if (!np) continue;
    let from = head;
    while (from > sentence.from && input.tokens[from - 1].start >= np.start) from--;
    if (input.tokens[from].start !== np.start || head - from >= MAX_TOKENS || SUBJECTS.has(input.lower[from])) continue;
    if (from > sentence.from) {
      const before = input.lower[from - 1];
      if (!OPENERS.has(before) && !/^[,;:—–(“”"‘’'-]$/.test(before)) continue;
    }
    s.from = from;
  }
}
