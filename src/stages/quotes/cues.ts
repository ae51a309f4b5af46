import type { Span } from '../../core/types.js';
import { entryFor, type CueEntry, type CueLexicon } from './lexicon.js';
import { CUE_PREFIX } from './words.js';

/** A cue word found in the text. `start` takes in auxiliaries and adverbs before it ("has also said"); `word` is the cue itself. */
export interface Cue extends Span {
  word: Span;
  entry: CueEntry;
}

const PREFIX_WINDOW = 40;

/** Every cue occurrence outside the quoted stretches (a cue inside a quote belongs to the quote). */
export function findCues(text: string, lexicon: CueLexicon, quoted: Span[]): Cue[] {
  const out: Cue[] = [];
  const re = lexicon.pattern;
  re.lastIndex = 0;
  let q = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    while (q < quoted.length && quoted[q].end <= start) q++;
    if (q < quoted.length && quoted[q].start < end) continue;
    const entry = entryFor(lexicon, m[0]);
    if (!entry) continue;
    let cueStart = start;
    if (entry.kind === 'verb') {
      const before = text.slice(Math.max(0, start - PREFIX_WINDOW), start);
      const prefix = CUE_PREFIX.exec(before);
      if (prefix) cueStart = start - prefix[0].length;
    }
    out.push({ start: cueStart, end, word: { start, end }, entry });
  }
  return out;
}
