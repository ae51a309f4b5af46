// WordNet word classes for the tagger (data/wordnet-classes.tsv, built by scripts/train-attribution-wordnet.ts): the
// lexicographer file of a word's commonest verb sense and, for people, groups, acts, communication, cognition and
// feelings, of its commonest noun sense. Rare cue verbs share a class with common ones ("touted" with "said":
// verb.communication), so the tagger can generalise past the words PolNeAR train annotates often.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WORDNET_FILE = new URL('./data/wordnet-classes.tsv', import.meta.url);

export interface WordClasses {
  verb: ReadonlyMap<string, number>;
  noun: ReadonlyMap<string, number>;
}

let loaded: WordClasses | null = null;

export function parseWordClasses(tsv: string): WordClasses {
  const verb = new Map<string, number>();
  const noun = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, pos, file] = line.split('\t');
    (pos === 'v' ? verb : noun).set(word, Number(file));
  }
  return { verb, noun };
}

export function wordClasses(): WordClasses {
  return (loaded ??= parseWordClasses(readFileSync(fileURLToPath(WORDNET_FILE), 'utf8')));
}

// WordNet's own "morphy" detachment rules, in its order: the first base form listed wins.
const VERB_RULES: [string, string][] = [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']];
const NOUN_RULES: [string, string][] = [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']];

function lookup(map: ReadonlyMap<string, number>, rules: [string, string][], lower: string): number {
  const direct = map.get(lower);
  if (direct !== undefined) return direct;
  for (const [suffix, base] of rules) {
    if (lower.length <= suffix.length + 1 || !lower.endsWith(suffix)) continue;
    const c = map.get(lower.slice(0, lower.length - suffix.length) + base);
    if (c !== undefined) return c;
  }
  // A doubled consonant before -ed/-ing ("stopped", "planning").
  const m = /^(.*([b-df-hj-np-tv-z]))\2(?:ed|ing)$/.exec(lower);
  return m ? (map.get(m[1]) ?? 0) : 0;
}

/**
 * One small integer per word: its verb class (0 when none; WordNet files 29–43) times 64 plus its noun class (0 when
 * none or not kept; files 4–18). Lower-case words only; capitalised tokens are looked up lower-cased by the caller.
 */
export function wordClassOf(lower: string, classes: WordClasses = wordClasses()): number {
  if (!/^[a-z][a-z'-]*$/.test(lower)) return 0;
  return lookup(classes.verb, VERB_RULES, lower) * 64 + lookup(classes.noun, NOUN_RULES, lower);
}

/** The WordNet lexicographer file of a lower-case word's commonest verb sense (0 when it has none). */
export function verbClassOf(lower: string, classes: WordClasses = wordClasses()): number {
  return wordClassOf(lower, classes) >> 6;
}
