// How common each interlingual word key is in plain news (data/background-df.json, built by
// scripts/build-background-df.ts from PolNeAR's train texts): a general word ("country", "report", "really") is weak
// evidence of a claim whatever the catalogue's few examples say, a word plain news rarely uses ("biolab") is strong.
// The example-only matcher (similar.ts) scales each word key's catalogue IDF by backgroundFactor.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BackgroundDf {
  /** Sentences counted. */
  sentences: number;
  /** Keys in fewer sentences than this are not listed (and weigh fully). */
  minDf: number;
  df: Map<string, number>;
}

export const BACKGROUND_DF_FILE = new URL('./data/background-df.json', import.meta.url);

export function loadBackgroundDf(file: URL | string = BACKGROUND_DF_FILE): BackgroundDf | null {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  if (!existsSync(path)) return null;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { sentences: number; minDf: number; df: Record<string, number> };
  return { sentences: raw.sentences, minDf: raw.minDf, df: new Map(Object.entries(raw.df)) };
}

/**
 * Exponent of the background IDF's share: a key's weight is multiplied by (ln(N/df) / ln(N/minDf))^γ, 1 for keys
 * rarer than minDf. Chosen on eval/narratives (README of this stage); 0 turns it off.
 */
export const BACKGROUND_GAMMA = 1;

let gamma = BACKGROUND_GAMMA;
let table: BackgroundDf | null | undefined;

/** Sets γ for this process (0: off); for evaluation and tests. Returns the previous setting. */
export function setBackgroundGamma(next: number): number {
  const previous = gamma;
  gamma = next;
  return previous;
}

/** The factor in (0, 1] of a key's weight; only word keys (x:, k:) are scaled: names and entities say who. */
export function backgroundFactor(key: string, background: BackgroundDf | null = defaultTable()): number {
  if (!gamma || !background || !(key.startsWith('x:') || key.startsWith('k:'))) return 1;
  const n = background.df.get(key);
  if (n === undefined) return 1;
  const idf = Math.log(background.sentences / n);
  const top = Math.log(background.sentences / background.minDf);
  return Math.max(0.05, Math.min(1, idf / top)) ** gamma;
}

function defaultTable(): BackgroundDf | null {
  if (table === undefined) table = loadBackgroundDf();
  return table;
}
