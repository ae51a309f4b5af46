// Test support: a one-paragraph tagger input and the tagger's runs given by hand, for the post-tagger rules' tests.
import assert from 'node:assert/strict';
import { spanOf, type Grouped, type Run } from './group.js';
import { buildInput, type TagInput } from './input.js';

/** One paragraph of body text as the tagger's input. */
export function input(text: string): TagInput {
  return buildInput(text, [{ start: 0, end: text.length, paragraph: 0 }], [{ start: 0, end: text.length, kind: 'body' }], []);
}

/** The tokens of `phrase` (its first occurrence) as a run of `role`. */
export function runOf(x: TagInput, phrase: string, role: Run['role']): Run {
  const start = x.text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" not in the text`);
  const from = x.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < x.tokens.length && x.tokens[to].end <= start + phrase.length) to++;
  return { role, from, to };
}

/** A post-tagger rule over the attributions of one text (some also take the cue rates). */
export type SourceRule = (x: TagInput, groups: Grouped[]) => void;

/** The source's text after `rule` runs on one attribution whose source and cue runs are given by hand. */
export function sourceAfter(rule: SourceRule, text: string, source: string, cue: string): string {
  const x = input(text);
  const g: Grouped = { cue: runOf(x, cue, 2), source: runOf(x, source, 1), contents: [] };
  rule(x, [g]);
  const s = spanOf(x, g.source!);
  return text.slice(s.start, s.end);
}
