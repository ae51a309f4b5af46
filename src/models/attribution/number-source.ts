// "[30 percent] of voters said", "[34,]000 people signed": the tagger sometimes starts a source inside the number
// that opens it. A source starting at "of" after "percent", at "percent" or "%" after a number, or at the digits after
// a thousands comma takes the number back. Selection quarter of PolNeAR train (2026-12-07): 6 sources changed, exact
// sources 3031 → 3037.
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';

const PERCENT = new Set(['percent', '%']);
const NUMBER = /^\d[\d.,]*$/;

/** In place: sources that start inside a number take the whole number back. */
export function numberSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    const s = g.source;
    if (!s) continue;
    const first = input.sentences[input.sentenceOf[s.from]].from;
    let from = s.from;
    if (input.lower[from] === 'of' && from - 1 > first && PERCENT.has(input.lower[from - 1])) from--;
    if (PERCENT.has(input.lower[from]) && from > first && NUMBER.test(input.lower[from - 1])) from--;
    if (/^\d{3}$/.test(input.lower[from]) && from - 2 >= first && input.lower[from - 1] === ',' && /^\d{1,3}$/.test(input.lower[from - 2])) from -= 2;
    if (from === s.from || !NUMBER.test(input.lower[from])) continue;
    s.from = from;
  }
}
