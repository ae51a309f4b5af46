// Sources of cues that continue their sentence's main clause, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseSources } from './clause-source.js';
import { spanOf, type Grouped, type Run } from './group.js';
import { buildInput, type TagInput } from './input.js';

function input(text: string): TagInput {
  return buildInput(text, [{ start: 0, end: text.length, paragraph: 0 }], [{ start: 0, end: text.length, kind: 'body' }], []);
}

/** The token run of the first occurrence of `phrase` (at or after `after`). */
function runOf(x: TagInput, phrase: string, role: Run['role'], after = 0): Run {
  const start = x.text.indexOf(phrase, after);
  assert.ok(start >= 0, `"${phrase}" not in the text`);
  const from = x.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < x.tokens.length && x.tokens[to].end <= start + phrase.length) to++;
  return { role, from, to };
}

/** Groups for the given cues (with the given sources), put through clauseSources; each group's source as text. */
function sources(text: string, cues: [string, string | null][]): (string | null)[] {
  const x = input(text);
  let after = 0;
  const groups: Grouped[] = cues.map(([cue, source]) => {
    const c = runOf(x, cue, 2, after);
    after = x.tokens[c.to - 1].end;
    return { cue: c, source: source ? runOf(x, source, 1) : null, contents: [] };
  });
  clauseSources(x, groups);
  return groups.map((g) => (g.source ? text.slice(spanOf(x, g.source).start, spanOf(x, g.source).end) : null));
}

test('a participle after a comma takes the source of the attribution before it in the sentence', () => {
  assert.deepEqual(sources('“Every time you say that,” Tester said, referring to the excuse.', [['said', 'Tester'], ['referring', null]]), ['Tester', 'Tester']);
});

test('with no attribution before it, the subject opening the sentence: a name (with its title) or a pronoun', () => {
  assert.deepEqual(sources('Rival Hillary Clinton had mocked the complaint, saying anybody could do it.', [['saying', null]]), ['Rival Hillary Clinton']);
  assert.deepEqual(sources('On Thursday, however, Mr. Trump spoke to industry leaders, promising to lift rules.', [['promising', null]]), ['Mr. Trump']);
  assert.deepEqual(sources('He has promoted unproven therapies and downplayed the risks.', [['downplayed', null]]), ['He']);
});

test('no source where the clause has a subject of its own or the sentence opens with no name', () => {
  // A finite verb after a comma has its own subject, out of reach here.
  assert.deepEqual(sources('Trump left early, the aides said later.', [['said', null]]), [null]);
  // A noun phrase subject is left to the tagger.
  assert.deepEqual(sources('The new ad attacks the senator, saying she lied.', [['saying', null]]), [null]);
  // A cue that opens its clause is no continuation.
  assert.deepEqual(sources('Saying nothing, the mayor left.', [['Saying', null]]), [null]);
  // A source found already stays.
  assert.deepEqual(sources('Clinton spoke, with Kaine saying little.', [['saying', 'Kaine']]), ['Kaine']);
});

test('the last noun before ", saying" is no source: the subject of the clause replaces it', () => {
  assert.deepEqual(sources('Hillary Clinton spoke about the death in Tulsa, Oklahoma, arguing that it was intolerable.', [['arguing', 'Oklahoma']]), ['Hillary Clinton']);
  // Kept where no subject is found, and where the source opens the sentence.
  assert.deepEqual(sources('The new ad shows Tulsa, Oklahoma, arguing that it is safe.', [['arguing', 'Oklahoma']]), ['Oklahoma']);
  assert.deepEqual(sources('Oklahoma, arguing that it is safe, sued.', [['arguing', 'Oklahoma']]), ['Oklahoma']);
});

test('a participle after "before", "while" or "by", and a verb after "but", continue the clause too', () => {
  assert.deepEqual(sources('Trump told reporters he loved them before insisting he had a great relationship.', [['insisting', null]]), ['Trump']);
  assert.deepEqual(sources('Hewitt argued that liberals allowed it, but suggested Trump went too far.', [['argued', 'Hewitt'], ['suggested', null]]), ['Hewitt', 'Hewitt']);
  // A finite verb after "before" has a subject of its own.
  assert.deepEqual(sources('Trump spoke for an hour before aides said he was tired.', [['said', null]]), [null]);
});

test('a participle after a comma inside a closing quotation mark continues the clause', () => {
  assert.deepEqual(sources('Ortiz spoke at length in his speech about the “new deal,” promising more jobs.', [['promising', null]]), ['Ortiz']);
  // A closing mark with no comma before it is no continuation.
  assert.deepEqual(sources('Ortiz spoke at length in his speech about the “new deal” promising more jobs.', [['promising', null]]), [null]);
});
