// Word lists written as people write them, compared as the tokenizer keys words: Arabic "أن" is keyed "ان",
// "على" "علي"; a list of raw forms would never meet them.
import { tokenize } from './tokens.js';

/** The comparison key of each word (its first token's first key). */
export function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => tokenize(w)[0]?.keys[0] ?? w));
}
