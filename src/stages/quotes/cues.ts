import type { Span } from '../../core/types.js';
import { entryFor, type CueEntry, type CueLexicon, type FormWords } from './lexicon.js';
import { CUE_PREFIX } from './words.js';

/** A cue word found in the text. `start` takes in auxiliaries and adverbs before it ("has also said"); `word` is the cue itself. */
export interface Cue extends Span {
  word: Span;
  entry: CueEntry;
}

const PREFIX_WINDOW = 40;

// Words as the lexicon splits its forms: letters, marks and digits, with inner apostrophes ("d'après").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Every cue occurrence outside the quoted stretches (a cue inside a quote belongs to the quote); only inside the
 * `within` spans (sorted, apart) when given.
 */
export function findCues(text: string, lexicon: CueLexicon, quoted: Span[], within?: Span[]): Cue[] {
  const out: Cue[] = [];
  const words: { start: number; end: number; key: string }[] = [];
  for (const range of within ?? [{ start: 0, end: text.length }]) {
    WORD.lastIndex = range.start;
    for (let m = WORD.exec(text); m && m.index < range.end; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase().replace(/’/g, "'") });
  }
  let q = 0;
  for (let i = 0; i < words.length; i++) {
    const forms = lexicon.byFirstWord.get(words[i].key);
    if (!forms) continue;
    const start = words[i].start;
    let end = -1;
    let used = 0;
    for (const form of forms) {
      end = matchForm(text, words, i, form);
      if (end >= 0) {
        used = form.words.length;
        break;
      }
    }
    if (end < 0) continue;
    while (q < quoted.length && quoted[q].end <= start) q++;
    if (q < quoted.length && quoted[q].start < end) continue;
    const entry = entryFor(lexicon, text.slice(start, end));
    if (!entry) continue;
    i += used - 1;
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

/** The end of `form` read from word `i` on (its words separated by white space, or a hyphen in a French inversion "a-t-il"), or -1. */
function matchForm(text: string, words: { start: number; end: number; key: string }[], i: number, form: FormWords): number {
  const n = form.words.length;
  for (let j = 1; j < n; j++) {
    const w = words[i + j];
    // The text may end before the form does.
    if (!w) return -1;
    const gap = text.slice(words[i + j - 1].end, w.start);
    if (!(/^\s+$/.test(gap) || (gap === '-' && form.words.length > 2))) return -1;
    const last = j === n - 1;
    if (last && form.prefix) return w.key.startsWith(form.words[j]) && w.key.length > form.words[j].length ? w.start + form.words[j].length : -1;
    if (w.key !== form.words[j]) return -1;
  }
  return words[i + n - 1].end;
}
