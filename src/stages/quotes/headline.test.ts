import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toAttributions } from './brat.js';
import { all, entity, run } from './test-helpers.js';

const titled = (title: string, body: string, entities = (text: string) => [] as ReturnType<typeof entity>[]) => {
  const text = `${title}\n\n${body}`;
  return run(text, entities(text), 'en', { title });
};
const headlineQuotes = (doc: ReturnType<typeof run>) => all(doc).filter((q) => doc.text.indexOf(q.content) < doc.layers.paragraphs![0].end);

test('"Speaker Name: statement" as a headline is a quote of that speaker, cue null, kind indirect', () => {
  const doc = titled('Lena Berg: The bridge will stay closed until spring.', 'The transport minister Lena Berg spoke to reporters in the capital on Tuesday.');
  assert.deepEqual(headlineQuotes(doc), [
    { kind: 'indirect', content: 'The bridge will stay closed until spring', cue: null, source: 'Lena Berg', speaker: 'Lena Berg', entityId: null, venue: null },
  ]);
});

test('a known person entity is the speaker even when named once; quotation marks make it direct', () => {
  const doc = titled('Okafor: “We were never told about the plan”', 'The council met again on Monday to discuss the budget for the harbour.', (text) => [entity('p1', 'person', text, [['Okafor', 'surname']])]);
  const [q] = headlineQuotes(doc);
  assert.equal(q.entityId, 'p1');
  assert.equal(q.kind, 'direct');
  assert.equal(q.content, '“We were never told about the plan”');
});

test('labels, institutions and headline-case phrases before a colon are not speakers', () => {
  // The headline rule makes no quote of these (its quotes have no cue); the tagger may still read "Poll: …" as
  // PolNeAR does, with the colon as cue.
  for (const title of ['Exclusive: The bridge will stay closed until spring', 'Poll: Most voters want the bridge reopened soon', 'City Daily News: Bridge closed until spring', 'Stealth Over Health: Bridge closed until spring']) {
    assert.deepEqual(headlineQuotes(titled(title, 'The bridge over the river was closed on Monday after an inspection found cracks.')).filter((q) => q.cue === null), [], title);
  }
  // A colon in a body paragraph is not a headline.
  assert.deepEqual(all(run('Lena Berg: the bridge stays closed.\n\nMore follows.', [], 'en')).filter((q) => q.cue === null && q.source === 'Lena Berg'), []);
});

test('in PolNeAR brat, the headline quote takes the colon as its cue', () => {
  const doc = titled('Lena Berg: The bridge will stay closed until spring.', 'Lena Berg spoke on Tuesday.');
  const [a] = toAttributions(doc.text, doc.layers.quotes!.slice(0, 1));
  assert.deepEqual([a.Source, a.Cue].map((s) => s.map((x) => doc.text.slice(x.start, x.end))), [['Lena Berg'], [':']]);
});

test('a headline followed by its standfirst on the next line: the separator is no part of the statement', () => {
  const text = 'Lena Berg: The bridge will stay closed until spring; \nIn a statement, the minister gave no date.\n\nLena Berg spoke on Tuesday.';
  const doc = run(text, [], 'en', { title: 'Lena Berg: The bridge will stay closed until spring;' });
  const [q] = headlineQuotes(doc);
  assert.deepEqual([q.content, q.source, q.cue], ['The bridge will stay closed until spring', 'Lena Berg', null]);
});
