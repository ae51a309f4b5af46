// Finds role cues in a sentence: an index by first word, longest match wins at each position.
import type { Clause } from './clause.js';
import type { RoleEntry } from './lexicon.js';

export interface CueHit {
  entry: RoleEntry;
  /** First and last token of the cue. */
  first: number;
  last: number;
}

export type CueIndex = Map<string, { words: string[]; entry: RoleEntry }[]>;

export function indexCues(entries: readonly RoleEntry[]): CueIndex {
  const index: CueIndex = new Map();
  for (const entry of entries) {
    for (const words of entry.cues) {
      const list = index.get(words[0]) ?? [];
      list.push({ words, entry });
      index.set(words[0], list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/**
 * Cue hits left to right. Entries sharing the longest phrase at a position all fire. A verb or noun cue may not
 * lie inside an entity mention (a name is not an act); a label may ("the Khawarij of Khorasan").
 */
export function findCues(clause: Clause, index: CueIndex): CueHit[] {
  const { tokens, mentionAt } = clause;
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(tokens[i].lower);
    if (!candidates) continue;
    let length = 0;
    for (const { words, entry } of candidates) {
      if (length && words.length < length) break;
      if (!words.every((w, k) => i + k < tokens.length && (w === '*' ? tokens[i + k].word : tokens[i + k].lower === w))) continue;
      const last = i + words.length - 1;
      if (entry.kind !== 'label' && mentionAt.slice(i, last + 1).some((r) => r !== null)) continue;
      length = words.length;
      hits.push({ entry, first: i, last });
    }
    if (length) i += length - 1;
  }
  return hits;
}
