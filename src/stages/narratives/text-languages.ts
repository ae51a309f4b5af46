// tinyld reads a text's language in about 2 ms, and the compile reads the language of every example-only
// narrative's title and description (and of any example given without one): 138 texts, a quarter of a second at
// every process start for the built-in catalogue alone. Their readings are kept in data/text-languages.json, written
// by scripts/build-text-languages.ts with the same reading (text-languages.test.ts fails where it is stale); a text
// not there (another catalogue, an edited title) is read by tinyld as before, so the result is the same either way.
import { readFileSync } from 'node:fs';
import { detect } from 'tinyld';

export const TEXT_LANGUAGES_FILE = new URL('./data/text-languages.json', import.meta.url);

let known: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (known) return known;
  try {
    const raw = JSON.parse(readFileSync(TEXT_LANGUAGES_FILE, 'utf8')) as { languages?: Record<string, string> };
    known = new Map(Object.entries(raw.languages ?? {}));
  } catch {
    known = new Map(); // no table: every text is read by tinyld
  }
  return known;
}

/** The language tinyld reads in a text, as the compile uses it: German, French, else English. */
export function detectedLanguage(text: string): string {
  const kept = table().get(text);
  if (kept) return kept;
  return readLanguage(text);
}

/** tinyld's reading itself, without the table (for the script that writes it and the test that checks it). */
export function readLanguage(text: string): string {
  const guess = detect(text);
  return guess === 'de' || guess === 'fr' ? guess : 'en';
}
